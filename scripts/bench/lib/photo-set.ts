import path from 'node:path';
import type { BenchContext, BenchRow } from './define';
import { clearStoresScript, msRow } from './browser';
import { djpegOneEighth, djpegUnavailable, floorNote } from './native-jpeg';
import { median } from './stats';

/**
 * The photo check of the demo's seven 12 MP smartphone photos inside the extension, measured the same way in each
 * browser (photos-browser.ts: Chromium, photos-browser-firefox.ts: Firefox ESR): the worker's time per photo and
 * where it goes, the whole set from opening the panel to the last result, and libjpeg-turbo's 1/8-scale decode of
 * the same seven files in the same run (the native floor) with our ratio to it.
 */

/** What the benchmark needs of a browser with the demo build and the demo platform running. */
export interface PanelBrowser {
  /** "Chromium", "Firefox ESR". */
  name: string;
  /** Shows the conversation (and makes it the tab the panel follows). */
  showConversation(): Promise<void>;
  /** Loads the panel page afresh. */
  openPanel(): Promise<void>;
  /** Runs a script (source string) in the panel page. */
  evaluate(script: string): Promise<unknown>;
  /** The browser reports long tasks (PerformanceObserver 'longtask': Chromium only). */
  longTasks: boolean;
}

export const SMARTPHONE_FOLDER = '104820113';
const TARGET_PHOTO_MS = 150;
const TARGET_SET_MS = 1000;
/** The target: the photo check at most this many times libjpeg-turbo's 1/8-scale decode. */
const TARGET_FLOOR_RATIO = 3;
/** A main-thread task longer than this makes a panel feel stuck (RAIL's 50 ms long-task line, doubled). */
const TARGET_LONGEST_TASK_MS = 100;

const CLEAR_PHOTO_CACHE = clearStoresScript(['photoChecks', 'caseDecisions']);

/** Runs in the panel page: the worker's own account of each photo, from the cache it just wrote. */
const READ_PHOTO_CHECKS = `new Promise((resolve, reject) => {
  const open = indexedDB.open('returndesk');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const request = open.result.transaction('photoChecks').objectStore('photoChecks').getAll();
    request.onsuccess = () => {
      open.result.close();
      resolve(request.result.filter((r) => r.check.kind === 'checked').map((r) => ({ ms: r.check.ms, decoder: r.check.decoder ?? null, stages: r.check.stages ?? null })));
    };
    request.onerror = () => reject(request.error);
  };
})`;

const WATCH_LONG_TASKS = `(() => {
  window.__longest = 0;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})()`;

const SECTION_SHOWN = `document.querySelector('#photos') !== null`;
const SET_DONE = `document.body.innerText.includes('7 of 7') && !document.body.innerText.includes('Checking photo')`;

interface PhotoCheckTimes {
  ms: number;
  decoder: string | null;
  stages: Record<string, number> | null;
}

/**
 * Waits until `script` is true in the panel and returns the panel's own clock then: milliseconds since the panel
 * page began loading, which is when an agent opens the sidebar. Timing from the harness's side would add how it
 * reaches the page (in Firefox a 127.0.0.1 launchpad page first: 150-500 ms measured), which no agent waits for.
 */
async function until(browser: PanelBrowser, script: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const at = await browser.evaluate(`(${script}) ? performance.now() : null`).catch(() => null);
    if (typeof at === 'number') return Math.round(at);
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${script}`);
    // Interval polling (20 ms): the Chromium panel tab is in the background, where requestAnimationFrame barely runs.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function measurePhotoSet(browser: PanelBrowser, demoAttachmentsDir: string, context: BenchContext): Promise<BenchRow[]> {
  const runs = context.quick ? 3 : 7;
  const files = Array.from({ length: 7 }, (_, index) => path.join(demoAttachmentsDir, SMARTPHONE_FOLDER, `IMG_${4101 + index}.jpg`));
  const perPhoto: number[] = [];
  const sets: number[] = [];
  const floors: number[] = [];
  const setFloors: number[] = [];
  const longest: number[] = [];
  const firstContents: number[] = [];
  const decoders = new Map<string, number>();
  const stages = new Map<string, number[]>();
  const haveDjpeg = djpegUnavailable() === null;
  let coldSet: number | null = null;
  for (let run = 0; run <= runs; run++) {
    await browser.showConversation();
    await browser.openPanel();
    await browser.evaluate(CLEAR_PHOTO_CACHE);
    await browser.showConversation();
    await browser.openPanel();
    await browser.evaluate(WATCH_LONG_TASKS);
    const firstContent = await until(browser, SECTION_SHOWN, 60_000);
    const elapsed = await until(browser, SET_DONE, 60_000);
    const checks = (await browser.evaluate(READ_PHOTO_CHECKS)) as PhotoCheckTimes[];
    const longestTask = browser.longTasks ? ((await browser.evaluate('window.__longest')) as number) : null;
    // The native floor right after, on the same files: the machine's load is the same for both.
    const floor = haveDjpeg ? await djpegOneEighth(files, 1) : [];
    if (run === 0) {
      coldSet = elapsed; // includes the browser's first start of the workers and decoder
      continue;
    }
    sets.push(elapsed);
    firstContents.push(firstContent);
    for (const check of checks) {
      perPhoto.push(check.ms);
      if (check.decoder) decoders.set(check.decoder, (decoders.get(check.decoder) ?? 0) + 1);
      for (const [stage, ms] of Object.entries(check.stages ?? {})) stages.set(stage, [...(stages.get(stage) ?? []), ms]);
    }
    floors.push(...floor);
    if (floor.length) setFloors.push(floor.reduce((sum, ms) => sum + ms, 0));
    if (longestTask !== null) longest.push(longestTask);
    context.log(
      `${browser.name} run ${run}: set ${elapsed} ms, photos ${checks.map((check) => Math.round(check.ms)).join('/')} ms` +
        (floor.length ? `, djpeg -scale 1/8 ${floor.map(Math.round).join('/')} ms` : '') +
        (longestTask !== null ? `, longest task ${Math.round(longestTask)} ms` : ''),
    );
  }
  const photoFloor = median(floors);
  const setFloor = median(setFloors);
  const breakdown = [...stages].map(([stage, samples]) => `${stage} ${Math.round(median(samples) ?? 0)}`).join(', ');
  const decoded = [...decoders].map(([decoder, count]) => `${decoder} ${count}`).join(', ');
  const rows: BenchRow[] = [
    msRow(
      `${browser.name}: 12 MP JPEG in the photo worker (decode to ~512 px + metrics + thumbnail)`,
      perPhoto,
      photoFloor !== null ? TARGET_FLOOR_RATIO * photoFloor : TARGET_PHOTO_MS,
      [
        floorNote(median(perPhoto), photoFloor) || djpegUnavailable() || '',
        `target ${TARGET_FLOOR_RATIO}x the floor`,
        breakdown && `median ms per stage: ${breakdown}`,
        decoded && `decoded by: ${decoded}`,
      ]
        .filter(Boolean)
        .join('; '),
    ),
    msRow(
      `${browser.name}: seven 12 MP photos, open panel → last result`,
      sets,
      TARGET_SET_MS,
      [floorNote(median(sets), setFloor, 'seven djpeg -scale 1/8 one after another'), `first (cold) run ${coldSet} ms, not counted`]
        .filter(Boolean)
        .join('; '),
    ),
  ];
  if (floors.length) {
    rows.push(
      msRow(`${browser.name} run: native floor, djpeg -scale 1/8 of one 12 MP JPEG (libjpeg-turbo)`, floors, null, 'same files, same run'),
    );
    rows.push(msRow(`${browser.name} run: native floor, the seven photos one after another`, setFloors, null, 'same files, same run'));
  }
  rows.push(
    msRow(
      `${browser.name}: open panel → conversation shown (photos section present)`,
      firstContents,
      null,
      'the part of the set time that is not photo checking',
    ),
  );
  if (longest.length)
    rows.push(
      msRow(
        `${browser.name}: longest panel main-thread task while checking`,
        longest,
        TARGET_LONGEST_TASK_MS,
        'PerformanceObserver longtask',
      ),
    );
  return rows;
}
