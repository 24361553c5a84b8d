import { z } from 'zod';
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { numbersRequestSchema, pendingCommandSchema } from '../messages';
import { teamPolicySchema } from '../policy/team-policy-schema';
import { teamSettingsSchema } from '../policy/effective-settings';

/**
 * Every key ReturnDesk keeps in browser storage, each defined once as a WXT storage item (`area:key`) with its
 * schema; the README's storage table lists the same keys. A read is parsed: a value of another shape (an older
 * release's, or one written by hand) reads as null. A write is checked before it is stored. Settings, which are
 * repaired field by field rather than refused, have their own item in settings-store.ts.
 */

export interface CheckedStorageItem<T> {
  readonly key: StorageItemKey;
  get(): Promise<T | null>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with the new value (null when removed or of another shape) whenever any context changes it. */
  watch(callback: (value: T | null) => void): () => void;
}

export function defineCheckedItem<S extends z.ZodType>(key: StorageItemKey, schema: S): CheckedStorageItem<z.output<S>> {
  const item = storage.defineItem<unknown>(key);
  const parse = (raw: unknown): z.output<S> | null => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  };
  return {
    key,
    get: async () => parse(await item.getValue()),
    set: async (value) => item.setValue(schema.parse(value)),
    remove: () => item.removeValue(),
    watch: (callback) => item.watch((raw) => callback(parse(raw))),
  };
}

/** "Read numbers in this image" (context menu), written by the background for the panel of that tab. */
export const numbersRequestItem = defineCheckedItem('local:numbersRequest', numbersRequestSchema);

/** A keyboard request waiting for the panel (memory only, gone with the browser): utils/extension/panel-route.ts. */
export const pendingCommandItem = defineCheckedItem('session:pendingCommand', pendingCommandSchema);

/**
 * Cases the agent forgot while their conversation stayed open (memory only, gone with the browser): no panel, in
 * any window, saves them back when it reads the conversation again.
 */
export const forgottenCasesItem = defineCheckedItem('session:forgottenCases', z.array(z.string().max(300)).max(1000));

/** When macros, chords or abbreviations last changed: content scripts reload their keyboard config. */
export const keyboardConfigChangedItem = defineCheckedItem('local:keyboardConfigChangedAt', z.number());

/** The macro "repeat last macro" runs: an id only, never case data. */
export const lastMacroItem = defineCheckedItem('local:lastMacroId', z.string().min(1).max(100));

/**
 * The last team policy that passed the whole check (utils/extension/team-policy.ts writes it), so a broken policy
 * never empties an agent's library. Extension pages read it whole.
 */
export const lastGoodTeamPolicyItem = /* @__PURE__ */ defineCheckedItem('local:teamPolicyLastGood', teamPolicySchema);

/**
 * The same stored policy as the content script reads it: its settings only (selector overrides, retention, locales),
 * with a light schema, so the full policy schema (the template registry, the import checks) stays out of the page's
 * script. Never written: extension pages write the whole policy through lastGoodTeamPolicyItem.
 */
export const lastGoodTeamSettingsItem = defineCheckedItem('local:teamPolicyLastGood', teamSettingsSchema);
