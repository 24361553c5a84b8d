import { storage } from 'wxt/utils/storage';
import { repairSettings, settingsSchema, type RepairedSettings, type Settings } from '../settings';

/**
 * Settings live in storage.local (readable by the content script too); every read is repaired by the schema, field
 * by field, rather than refused like the other storage items (storage-items.ts).
 */
const settingsItem = storage.defineItem<unknown>('local:settings');

/** No settings stored yet (WXT reads that as null) is the defaults, not a value to repair. */
const repairStored = (value: unknown) => repairSettings(value ?? undefined);

export async function loadSettings(): Promise<RepairedSettings> {
  return repairStored(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settingsSchema.parse(settings));
}

/** Calls back with repaired settings whenever another context saves them. Returns an unsubscribe function. */
export function watchSettings(callback: (settings: RepairedSettings) => void): () => void {
  return settingsItem.watch((value) => callback(repairStored(value)));
}
