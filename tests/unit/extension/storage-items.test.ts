// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  lastGoodTeamPolicyItem,
  lastGoodTeamSettingsItem,
  lastMacroItem,
  numbersRequestItem,
  pendingCommandItem,
} from '@/utils/extension/storage-items';
import { loadSettings } from '@/utils/extension/settings-store';

/** Storage keys are typed items, defined once: what one context writes, another reads parsed, under the same key. */
describe('storage items', () => {
  it('writes under the documented keys and reads back parsed values', async () => {
    const pick = { url: 'http://127.0.0.1/a.jpg', at: 1, tabId: 4, pageUrl: 'http://127.0.0.1/folder/1' };
    await numbersRequestItem.set(pick);
    expect(await fakeBrowser.storage.local.get('numbersRequest')).toEqual({ numbersRequest: pick });
    expect(await numbersRequestItem.get()).toEqual(pick);
    await pendingCommandItem.set({ requestId: 'r1', tabId: 4, request: { kind: 'repeat-last-macro' }, at: 2 });
    expect(await fakeBrowser.storage.session.get('pendingCommand')).toHaveProperty('pendingCommand.requestId', 'r1');
  });

  it('reads a value of another shape as null, and refuses to write one', async () => {
    await fakeBrowser.storage.local.set({ numbersRequest: { url: 'http://x/a.jpg', at: 1 }, lastMacroId: 42 });
    expect(await numbersRequestItem.get()).toBeNull();
    expect(await lastMacroItem.get()).toBeNull();
    await expect(lastMacroItem.set('')).rejects.toThrow();
  });

  it('tells watchers the parsed new value, and null when it is removed', async () => {
    const seen: unknown[] = [];
    const stop = lastMacroItem.watch((value) => seen.push(value));
    await lastMacroItem.set('copy-waybill');
    await lastMacroItem.remove();
    stop();
    await lastMacroItem.set('after-stop');
    expect(seen).toEqual(['copy-waybill', null]);
  });

  it('takes no stored settings as the defaults, with nothing repaired', async () => {
    expect((await loadSettings()).repaired).toEqual([]);
  });

  it('keeps the last good team policy whole for extension pages, and gives the content script its settings only', async () => {
    const bodies = { 'en-gb': 'Hello', 'en-us': 'Hello' };
    await lastGoodTeamPolicyItem.set({
      templates: [{ id: 'team-hello', title: 'Hello', bodies }],
      retentionDays: 30,
      locales: ['en-gb', 'fr-fr'],
      selectorOverrides: { backoffice: { composer: 'textarea.reply' } },
    });
    expect(await fakeBrowser.storage.local.get('teamPolicyLastGood')).toHaveProperty('teamPolicyLastGood.retentionDays', 30);
    expect((await lastGoodTeamPolicyItem.get())?.templates?.[0]?.id).toBe('team-hello');
    expect(await lastGoodTeamSettingsItem.get()).toEqual({
      selectorOverrides: { backoffice: { composer: 'textarea.reply' } },
      retentionDays: 30,
      retentionFloorDays: undefined,
      locales: ['en-gb', 'fr-fr'],
    });
  });

  it('refuses to keep a team policy of another shape as the last good one, and reads a hand-written one as none', async () => {
    await expect(lastGoodTeamPolicyItem.set({ retentionDays: 0 })).rejects.toThrow();
    await fakeBrowser.storage.local.set({ teamPolicyLastGood: { retentionDays: 'thirty', templates: 'none' } });
    expect(await lastGoodTeamPolicyItem.get()).toBeNull();
    expect(await lastGoodTeamSettingsItem.get()).toBeNull();
  });
});
