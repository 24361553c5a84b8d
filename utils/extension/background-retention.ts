import { browser } from 'wxt/browser';
import { ReturnDeskDatabase } from '../db';
import { purgeExpiredCaseData } from '../case-data';
import { loadEffectiveSettings } from './team-policy';

/**
 * Retention that holds with the panel never opened: the background purges case data on browser start-up, on
 * install or update, and on an alarm, reading the retention period from the settings each time.
 *
 * It runs in the background itself, not in an offscreen document: the background is an extension page with the
 * extension's origin (a service worker in Chrome, an event page in Firefox), so it opens the same IndexedDB as the
 * panel and options page, and an alarm wakes it in both browsers. A connection is opened per purge and closed
 * after, because Chrome stops an idle service worker and an open connection would delay the panel's upgrades.
 */

export const RETENTION_ALARM = 'returndesk-retention';
/** How often the alarm purges. Case data lives at most this much longer than the retention period. */
export const RETENTION_EVERY_HOURS = 1;

export interface BackgroundRetentionOptions {
  openDatabase?: () => ReturnDeskDatabase;
  now?: () => number;
}

/** Purges case data older than the current retention period; returns how many rows went (0 when it failed). */
export async function purgeFromBackground({
  openDatabase = () => new ReturnDeskDatabase(),
  now = Date.now,
}: BackgroundRetentionOptions = {}) {
  const db = openDatabase();
  try {
    // Within the team's bounds when its policy sets a period or a floor.
    const { retentionDays } = await loadEffectiveSettings();
    return await purgeExpiredCaseData(db, retentionDays, now());
  } catch {
    // Storage unavailable (the browser shutting down, a blocked upgrade): the next start-up or alarm tries again.
    return 0;
  } finally {
    db.close();
  }
}

/**
 * Registers the listeners (synchronously, as a service worker must on every wake-up) and makes sure the alarm
 * exists: Chrome keeps alarms across service-worker restarts but not always across browser restarts.
 */
export function startBackgroundRetention(options: BackgroundRetentionOptions = {}): void {
  const purge = () => purgeFromBackground(options);
  browser.alarms.onAlarm.addListener((alarm) => (alarm.name === RETENTION_ALARM ? purge() : undefined));
  browser.runtime.onStartup.addListener(() => void purge());
  browser.runtime.onInstalled.addListener(() => void purge());
  void browser.alarms
    .get(RETENTION_ALARM)
    .then((existing) =>
      existing ? undefined : browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: RETENTION_EVERY_HOURS * 60 }),
    )
    .catch(() => undefined);
}
