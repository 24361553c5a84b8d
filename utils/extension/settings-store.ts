import { browser } from 'wxt/browser';
import { repairSettings, settingsSchema, type RepairedSettings, type Settings } from '../settings';

/** Settings live in storage.local (readable by the content script too); every read is repaired by the schema. */
const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<RepairedSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return repairSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settingsSchema.parse(settings) });
}

/** Calls back with repaired settings whenever another context saves them. Returns an unsubscribe function. */
export function watchSettings(callback: (settings: RepairedSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback(repairSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
