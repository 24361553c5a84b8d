import { expect, it } from 'vitest';
import { categories } from '@/utils/checklist/registry';
import { en, type InterfaceMessageKey } from '@/utils/i18n/catalogue-en';
import { INTERFACE_LANGUAGE_NAMES, INTERFACE_LANGUAGES } from '@/utils/i18n/languages';
import { INTERFACE_CATALOGUES } from '@/utils/i18n/translate';
import { describeInBrowsers, waitFor, type DrivenTab, type Driver } from './harness/driver';
import { describeRequests } from './harness/request-recorder';

/**
 * The interface in a German browser (issue 17, part 4): the panel, the palette and the options speak German, with
 * no English text left. Debian's Chromium and Firefox ESR ship only an English interface of their own: Chromium's
 * `--lang=de` sets the language it picks the extension's `_locales` in, `--accept-lang=de` and Firefox's
 * `intl.accept_languages` the agent's ranked languages (Settings > Languages), which the interface follows.
 */

const GERMAN_FOLDER = '104821027'; // Jonas Becker, de-de
const TABLET_FOLDER = '104820257'; // an English customer's tablet, one photo too dark
const de = INTERFACE_CATALOGUES.de;

const forms = (message: string | { one: string; other: string }) =>
  typeof message === 'string' ? [message] : [message.one, message.other];
const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * English the German interface must not show: each catalogue message German writes differently (its placeholders
 * match any text), and each shot's English name. Messages with fewer than five letters of their own ("{name}:
 * {notes}.", "Team") would match German text too and are left out. Case counts: German "Screenshot" is not English
 * "screenshot".
 */
const ENGLISH_LEFT: { english: string; pattern: RegExp }[] = [
  ...(Object.keys(en) as InterfaceMessageKey[]).flatMap((key) =>
    forms(en[key])
      .filter((english) => !forms(de[key]).includes(english))
      .map((english) => ({ english, parts: english.trim().split(/\{\w+\}/) })),
  ),
  ...categories.flatMap((category) =>
    category.shots.flatMap((shot) =>
      [shot.label, shot.labelUk ?? shot.label]
        .filter((english) => english !== shot.translations['de-de'].label)
        .map((english) => ({ english, parts: [english] })),
    ),
  ),
]
  .filter(({ parts }) => parts.join('').replace(/[^A-Za-z]/g, '').length >= 5)
  .map(({ english, parts }) => ({
    english,
    pattern: new RegExp(`(^|[^\\p{L}])${parts.map((part) => escapeForPattern(part.trim())).join('.*?')}($|[^\\p{L}])`, 'u'),
  }));

const englishIn = (lines: readonly string[]) =>
  lines.flatMap((line) => ENGLISH_LEFT.filter(({ pattern }) => pattern.test(line)).map(({ english }) => `“${line}” is “${english}”`));

/**
 * The interface text of a tab, one line per text node and per label read aloud (aria-label, placeholder, title),
 * without what belongs to the case or the template library (customer data, template titles and bodies, attachment
 * names), which keep their own language.
 */
const interfaceLines = (tab: DrivenTab, root: string) =>
  tab.run(
    (rootSelector, caseData, folderNames) => {
      const found = document.querySelector(rootSelector);
      if (!found) return undefined;
      const copy = found.cloneNode(true) as Element;
      copy.querySelectorAll(caseData).forEach((node) => node.remove());
      copy.querySelectorAll(folderNames).forEach((node) => node.firstChild?.remove());
      copy.querySelectorAll('.rd-palette__kind--template').forEach((node) => node.closest('.rd-palette__option')?.remove());
      const lines: string[] = [];
      const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) lines.push(walker.currentNode.textContent ?? '');
      for (const node of [copy, ...copy.querySelectorAll('[aria-label], [placeholder], [title]')])
        for (const name of ['aria-label', 'placeholder', 'title']) lines.push(node.getAttribute(name) ?? '');
      return lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
    },
    root,
    [
      // The panel: the replies' titles and bodies (their reasons are interface text), the case's facts, attachment names.
      '.template__title, .template-preview, .conversation-header dd, .photo-row__name, .numbers-image-name',
      // The options: the template library's titles and folders, and code (selectors, JSON).
      '.template-entry__title, #template-folder option:not([value=""]), pre, textarea, code, style, script',
    ].join(', '),
    // A template's folder starts its line in the options' list ("Photos · integriert · noch nie verwendet").
    '.template-entry .hint',
  );

/** The lines of `root` once every one of `ready` is on the page (lists load after the page's frame). */
async function waitForLines(tab: DrivenTab, ready: string[], root: string, what: string): Promise<string[]> {
  await waitFor(() => tab.run((selectors) => selectors.every((selector) => document.querySelector(selector)), ready), {
    timeoutMs: 30_000,
    what,
  });
  return (await interfaceLines(tab, root)) ?? [];
}

/** Opens a demo folder in the panel and reads its interface text once the photos are checked and the numbers read. */
async function openFolder(driver: Driver, folderId: string, ready: string): Promise<string[]> {
  await driver.openConversation(`${driver.origin}/bo-seller/customer-care/folders/${folderId}`);
  await driver.openPanel();
  await driver.panel.bringToFront();
  await waitFor(
    () =>
      driver.panel.run((selector) => Boolean(document.querySelector(selector)) && !document.querySelector('[role="progressbar"]'), ready),
    { timeoutMs: 60_000, what: `the panel with ${ready}, its photos checked and numbers read` },
  );
  return (await interfaceLines(driver.panel, 'body')) ?? [];
}

describeInBrowsers(
  'interface in a German browser',
  (use, browser) => {
    // Firefox ESR picks an extension's `_locales` by its own interface language only, and Debian's has no German.
    it.runIf(browser === 'chromium')('the browser gives the manifest’s name, toolbar title and shortcut names in German', async () => {
      const driver = use();
      await driver.openPanel('options.html');
      const messages = await driver.panel.run(
        (names) => {
          const { chrome } = globalThis as unknown as { chrome: { i18n: { getMessage(name: string): string } } };
          return names.map((name) => chrome.i18n.getMessage(name));
        },
        ['manifest_actionTitle', 'manifest_contextMenuReadNumbers', 'command_check_conversation_title'],
      );
      expect(messages).toEqual(['ReturnDesk öffnen', 'Nummern in diesem Bild lesen', 'Unterhaltung prüfen (Fotos und Nummern)']);
    });

    it('the panel speaks German, with no English left, and the reply follows the case', async () => {
      const driver = use();
      const lines = await openFolder(driver, GERMAN_FOLDER, '#template-return-label-dhl-pickup');
      expect(englishIn(lines)).toEqual([]);
      for (const german of ['Antworten', 'Fotos', 'Nummern', 'Antwortsprache', 'Kunde', 'Diese Unterhaltung vergessen'])
        expect(lines, german).toContain(german);
      expect(lines).toContain('Vorgeschlagen: Die Rücksendung erfolgt mit DHL Express.');
      expect(lines.join('\n')).toMatch(/Der Unterhaltung folgen \(Deutsch/);
      expect(await driver.panel.run(() => document.documentElement.lang)).toBe('de');
      expect(await driver.panel.run(() => document.querySelector('[data-reply-locale]')?.getAttribute('data-reply-locale'))).toBe('de-de');
    });

    it('on an English case with a dark photo, the photo check speaks German; the replies stay English', async () => {
      const driver = use();
      const lines = await openFolder(driver, TABLET_FOLDER, '.photo-slot--received-with-problem');
      expect(englishIn(lines)).toEqual([]);
      expect(lines).toContain('Neues Foto nötig');
      expect(lines.join('\n')).toContain('Dieses Foto ist zu dunkel');
      expect(lines.join('\n')).toMatch(/Aufnahmen erhalten \(Kategorie: Tablet\)/);
      expect(await driver.panel.run(() => document.querySelector('[data-reply-locale]')?.getAttribute('data-reply-locale'))).toMatch(
        /^en-/,
      );
    });

    it('the palette speaks German', async () => {
      const driver = use();
      await driver.panel.run(() => (document.activeElement as HTMLElement | null)?.blur());
      await driver.panel.press('Control+K');
      const lines = await waitForLines(driver.panel, ['.rd-palette__option'], '.rd-palette', 'the command palette');
      expect(englishIn(lines)).toEqual([]);
      for (const german of ['Befehlspalette', 'Fotos prüfen', 'Fehlende Fotos anfordern', 'Zur nächsten Unterhaltung'])
        expect(lines, german).toContain(german);
      await driver.panel.press('Escape');
    });

    it('the options speak German, with no English left, and offer Deutsch', async () => {
      const driver = use();
      await driver.openPanel('options.html');
      const lines = await waitForLines(
        driver.panel,
        ['#interface-language', '.template-entry', '.macro-entry__name', '#privacy-heading ~ table', '.shortcuts-table'],
        'body',
        'the options page with its templates, macros and stored data listed',
      );
      expect(englishIn(lines)).toEqual([]);
      expect(lines.join('\n')).toContain('noch nie verwendet');
      for (const german of [
        'ReturnDesk-Optionen',
        'Sprache der Oberfläche',
        'Tastenkürzel',
        'Makros',
        'Antwortvorlagen',
        'Alles vergessen',
      ])
        expect(lines, german).toContain(german);
      const select = await driver.panel.run(() => {
        const element = document.querySelector<HTMLSelectElement>('#interface-language');
        return { value: element?.value, options: [...(element?.options ?? [])].map((option) => option.textContent) };
      });
      expect(select).toEqual({
        value: 'browser',
        options: ['Browserstandard', ...INTERFACE_LANGUAGES.map((language) => INTERFACE_LANGUAGE_NAMES[language])],
      });
      expect(select.options).toContain('Deutsch');
    });

    it('sent no request off 127.0.0.1', () => {
      const { recorder } = use();
      expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
    });
  },
  {
    chromium: { extraArgs: ['--lang=de', '--accept-lang=de'] },
    firefox: { prefs: { 'intl.locale.requested': 'de', 'intl.accept_languages': 'de' } },
  },
);
