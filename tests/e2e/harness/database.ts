/**
 * Scripts for an extension page (strings: Playwright and puppeteer both evaluate them) that look into and reset
 * ReturnDesk's IndexedDB directly, so failure tests can count stored rows rather than trust what the panel shows.
 */

const OPEN = `new Promise((resolve, reject) => {
    const open = indexedDB.open('returndesk');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  })`;

/** Forgets photo checks, numbers and the agent's choices, so the next open works everything out again. */
export const CLEAR_RESULTS_SCRIPT = `(async () => {
  const db = await ${OPEN};
  const stores = ['photoChecks', 'numberReadings', 'caseDecisions'].filter((name) => db.objectStoreNames.contains(name));
  if (stores.length > 0) await new Promise((resolve, reject) => {
    const tx = db.transaction(stores, 'readwrite');
    for (const name of stores) tx.objectStore(name).clear();
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return stores.length;
})()`;

/** How many stored photo-check rows there are for each attachment URL containing `urlPart`. */
export function photoCheckRowsScript(urlPart: string): string {
  return `(async () => {
  const db = await ${OPEN};
  const rows = await new Promise((resolve, reject) => {
    const request = db.transaction('photoChecks').objectStore('photoChecks').getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  const counts = {};
  for (const row of rows) if (String(row.url).includes(${JSON.stringify(urlPart)})) counts[row.url] = (counts[row.url] || 0) + 1;
  return counts;
})()`;
}

/** The agent's stored choices for a case: attachment URL -> shot id (null: not one of the shots). */
export function storedSlotsScript(platform: string, folderId: string): string {
  return `(async () => {
  const db = await ${OPEN};
  const row = await new Promise((resolve, reject) => {
    const request = db.transaction('caseDecisions').objectStore('caseDecisions').get([${JSON.stringify(platform)}, ${JSON.stringify(folderId)}]);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return row ? row.photoSlots : {};
})()`;
}

/**
 * What the Photos section shows: each listed attachment (its aria-label "name, message N"), whether a check is
 * still under way, and the text.
 */
export const PHOTOS_STATE_SCRIPT = `(() => {
  const section = document.querySelector('#photos');
  const bar = section ? section.querySelector('[role="progressbar"]') : null;
  return {
    present: Boolean(section && section.querySelector('.photos')),
    checking: Boolean(bar),
    done: bar ? Number(bar.getAttribute('aria-valuenow')) : null,
    rows: section ? [...section.querySelectorAll('.photo-row')].map((row) => row.getAttribute('aria-label')) : [],
    text: section ? section.textContent : '',
    panel: document.body.textContent.replace(/\\s+/g, ' ').slice(0, 1500),
  };
})()`;

export interface PhotosState {
  present: boolean;
  checking: boolean;
  done: number | null;
  rows: string[];
  text: string;
  panel: string;
}
