/**
 * Functions for an extension page (run with a driver tab's `run`) that look into and reset ReturnDesk's IndexedDB
 * directly, so failure tests can count stored rows rather than trust what the panel shows, and read the Photos
 * section as the agent sees it.
 */

/** Forgets photo checks, numbers and the agent's choices, so the next open works everything out again. */
export async function clearResults(): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('returndesk');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
  });
  const stores = ['photoChecks', 'numberReadings', 'caseDecisions'].filter((name) => db.objectStoreNames.contains(name));
  if (stores.length > 0) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(stores, 'readwrite');
      for (const name of stores) tx.objectStore(name).clear();
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    });
  }
  db.close();
  return stores.length;
}

/** How many stored photo-check rows there are for each attachment URL containing `urlPart`. */
export async function photoCheckRows(urlPart: string): Promise<Record<string, number>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('returndesk');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
  });
  const rows = await new Promise<{ url: string }[]>((resolve, reject) => {
    const request = db.transaction('photoChecks').objectStore('photoChecks').getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('getAll failed'));
  });
  db.close();
  const counts: Record<string, number> = {};
  for (const row of rows) if (row.url.includes(urlPart)) counts[row.url] = (counts[row.url] ?? 0) + 1;
  return counts;
}

/** The agent's stored choices for a case: attachment URL -> shot id (null: not one of the shots). */
export async function storedSlots(platform: string, folderId: string): Promise<Record<string, string | null>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('returndesk');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
  });
  const row = await new Promise<{ photoSlots?: Record<string, string | null> } | undefined>((resolve, reject) => {
    const request = db.transaction('caseDecisions').objectStore('caseDecisions').get([platform, folderId]);
    request.onsuccess = () => resolve(request.result as { photoSlots?: Record<string, string | null> } | undefined);
    request.onerror = () => reject(request.error ?? new Error('get failed'));
  });
  db.close();
  return row?.photoSlots ?? {};
}

export interface PhotosState {
  present: boolean;
  checking: boolean;
  done: number | null;
  rows: string[];
  text: string;
  panel: string;
}

/**
 * What the Photos section shows: each listed attachment (its aria-label "name, message N"), whether a check is
 * still under way, and the text.
 */
export function photosState(): PhotosState {
  const section = document.querySelector('#photos');
  const bar = section ? section.querySelector('[role="progressbar"]') : null;
  return {
    present: Boolean(section?.querySelector('.photos')),
    checking: Boolean(bar),
    done: bar ? Number(bar.getAttribute('aria-valuenow')) : null,
    rows: section ? [...section.querySelectorAll('.photo-row')].map((row) => row.getAttribute('aria-label') ?? '') : [],
    text: section ? (section.textContent ?? '') : '',
    panel: (document.body.textContent ?? '').replace(/\s+/g, ' ').slice(0, 1500),
  };
}

/** Rows per store of ReturnDesk's database, and the rows that belong to one folder (cases, decisions, image links). */
export interface RowCounts {
  total: Record<string, number>;
  folder: Record<string, number>;
}

/** Counts the rows of every store, in one read-only transaction; those of `folderId` apart. */
export async function rowCounts(folderId: string): Promise<RowCounts> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('returndesk');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
  });
  const counts: RowCounts = { total: {}, folder: {} };
  try {
    const names = [...db.objectStoreNames];
    const tx = db.transaction(names, 'readonly');
    for (const name of names) {
      const request = tx.objectStore(name).getAll();
      request.onsuccess = () => {
        const rows = request.result as ({ folderId?: unknown } | null)[];
        counts.total[name] = rows.length;
        counts.folder[name] = rows.filter((row) => row?.folderId === folderId).length;
      };
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    });
  } finally {
    db.close();
  }
  return counts;
}

/** Every row of every store as one JSON text, to check that a value is stored nowhere. */
export async function everyRowAsText(): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('returndesk');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
  });
  const rows: unknown[] = [];
  try {
    const names = [...db.objectStoreNames];
    const tx = db.transaction(names, 'readonly');
    for (const name of names) {
      const request = tx.objectStore(name).getAll();
      request.onsuccess = () => rows.push(...(request.result as unknown[]));
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    });
  } finally {
    db.close();
  }
  return JSON.stringify(rows);
}
