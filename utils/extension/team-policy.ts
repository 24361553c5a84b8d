import { browser } from 'wxt/browser';
import { resolveTeamPolicy, type TeamPolicyState } from '../policy/resolve';
import { withTeamPolicy } from '../policy/effective-settings';
import type { Settings } from '../settings';
import { loadSettings } from './settings-store';
import { lastGoodTeamPolicyItem } from './storage-items';

/**
 * The team policy as this browser delivers it (`storage.managed`), with the last good one kept in storage.local so
 * a broken policy never empties an agent's library. Every extension page reads it itself; `storage.onChanged` for
 * the managed area reaches open pages when the administrator changes the policy.
 */

async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    // Firefox rejects when no policy names this extension: the same as an empty policy.
    return {};
  }
}

export async function loadTeamPolicy(): Promise<TeamPolicyState> {
  const [managed, lastGood] = await Promise.all([readManaged(), lastGoodTeamPolicyItem.get()]);
  const state = resolveTeamPolicy(managed, lastGood ?? undefined);
  if (state.keep) await lastGoodTeamPolicyItem.set(state.keep).catch(() => undefined);
  return state;
}

/** Calls back with the policy in force whenever the administrator's policy changes. Returns an unsubscribe function. */
export function watchTeamPolicy(callback: (state: TeamPolicyState) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void loadTeamPolicy().then(callback, () => undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The agent's settings with what the team's policy fixes (utils/policy/effective-settings.ts). */
export async function loadEffectiveSettings(): Promise<Settings> {
  const [{ settings }, team] = await Promise.all([loadSettings(), loadTeamPolicy().catch(() => null)]);
  return team ? withTeamPolicy(settings, team.policy) : settings;
}

/**
 * The last good team policy alone (storage.local, no wait for the browser's policy service): for the page's
 * keyboard config, which must answer at once. Extension pages and the background keep it current.
 */
export async function loadLastGoodTeamPolicy(): Promise<TeamPolicyState> {
  const lastGood = await lastGoodTeamPolicyItem.get();
  return { ...resolveTeamPolicy(lastGood ?? undefined, undefined), problem: null, keep: null };
}
