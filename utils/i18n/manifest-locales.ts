import { en, type InterfaceMessageKey } from './catalogue-en';
import { INTERFACE_LANGUAGES } from './languages';
import { translateIn } from './translate';

/**
 * What the browser translates by itself, with the browser's language (the options' override cannot reach it): the
 * manifest's name, description, toolbar title and shortcut descriptions. Written to `_locales/<lang>/messages.json`
 * at build time from the same catalogues as the rest of the interface, so the two cannot differ.
 */

/** The catalogue keys the browser reads from `_locales` (`manifest.*` and each command's title). */
export const BROWSER_TRANSLATED_KEYS = (Object.keys(en) as InterfaceMessageKey[]).filter(
  (key) => key.startsWith('manifest.') || /^command\.[\w-]+\.title$/.test(key),
);

/** `_locales` names allow only letters, digits, `_` and `@`: `manifest.name` → `manifest_name`. */
export function localeMessageName(key: InterfaceMessageKey): string {
  return key.replace(/[^A-Za-z0-9_@]/g, '_');
}

/** `__MSG_manifest_name__`: where the manifest takes the browser's translation of a catalogue key. */
export function manifestMessage(key: InterfaceMessageKey): string {
  return `__MSG_${localeMessageName(key)}__`;
}

/** Each language's `messages.json` (as an object), keyed by the `_locales` folder name. */
export function localeMessagesFiles(): Record<string, Record<string, { message: string }>> {
  const files: Record<string, Record<string, { message: string }>> = {};
  for (const language of INTERFACE_LANGUAGES) {
    const messages: Record<string, { message: string }> = {};
    for (const key of BROWSER_TRANSLATED_KEYS) messages[localeMessageName(key)] = { message: translateIn(language, key) };
    files[language] = messages;
  }
  return files;
}

/** The manifest's `commands` with each description taken from `_locales` (the browser shows it on its shortcut page). */
export function commandsWithTranslatedDescriptions<Command extends { description: string }>(
  commands: Record<string, Command>,
  idForName: (name: string) => string | null,
): Record<string, Command> {
  return Object.fromEntries(
    Object.entries(commands).map(([name, command]) => {
      const key = `command.${idForName(name) ?? ''}.title`;
      return [name, key in en ? { ...command, description: manifestMessage(key as InterfaceMessageKey) } : command];
    }),
  );
}
