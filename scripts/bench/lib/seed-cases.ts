/**
 * Scripts for an extension page that fill ReturnDesk's IndexedDB the way months of use would: `count` cases, each
 * with a stored conversation snapshot, seven photo checks, a numbers reading and (one case in two) the agent's
 * choices. Rows are written through `indexedDB` directly into the stores Dexie created (utils/db.ts: primary keys
 * are inline key paths, so a plain `put(row)` is what Dexie's `put` does), with the shapes of the zod schemas
 * there, so the extension reads them like its own. Nothing is added to the extension for this.
 *
 * The database must exist first (open the panel once). Seeded rows are dated in the past 28 days, inside the
 * default 30-day retention, so opening the panel does not purge them. Photo thumbnails are left out (null): 70,000
 * real ones would be about 2 GB on disk and say nothing more about opening a case.
 */

export const SEEDED_STORES = ['cases', 'caseDecisions', 'photoChecks', 'numberReadings'] as const;

/** Returns `{ ms, rows }` once every row is committed. */
export function seedCasesScript(count: number, now: number): string {
  return `(async () => {
  const count = ${JSON.stringify(count)};
  const now = ${JSON.stringify(now)};
  const stores = ${JSON.stringify(SEEDED_STORES)};
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('returndesk');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const missing = stores.filter((name) => !db.objectStoreNames.contains(name));
  if (missing.length > 0) { db.close(); throw new Error('ReturnDesk database has no ' + missing.join(', ') + ': open the panel once first'); }
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const hex = (length) => { let out = ''; while (out.length < length) out += Math.floor(random() * 16).toString(16); return out; };
  const FIRST = ['Olivia', 'Noah', 'Amelia', 'Leo', 'Isla', 'Oscar', 'Ava', 'Arthur', 'Mia', 'Harry', 'Lucía', 'Jonas'];
  const LAST = ['Bennett', 'Khan', 'Rossi', 'Müller', 'Dubois', 'García', 'Novak', 'Jensen', 'Walsh', 'Silva'];
  const PRODUCTS = [['Apple iPhone 13 128GB - Midnight - Unlocked', 'Smartphones'], ['Samsung Galaxy S22 5G 128GB - Phantom Black - Unlocked', 'Smartphones'], ['Apple iPad 10.2" (2021) 9th generation 64GB - Space Gray - Wi-Fi', 'Tablets'], ['Apple MacBook Air 13" (2020) M1 - 8GB RAM - SSD 256GB', 'Laptops']];
  const SHOTS = ['screen-on', 'screen-off', 'back', 'left-side', 'right-side', 'top-side', 'bottom-side'];
  const day = 24 * 60 * 60 * 1000;
  const iso = (time) => new Date(time).toISOString();
  const started = performance.now();
  let rows = 0;
  const BATCH = 250;
  for (let first = 0; first < count; first += BATCH) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(stores, 'readwrite');
      const cases = tx.objectStore('cases');
      const decisions = tx.objectStore('caseDecisions');
      const checks = tx.objectStore('photoChecks');
      const readings = tx.objectStore('numberReadings');
      for (let index = first; index < Math.min(count, first + BATCH); index++) {
        const folderId = String(300000000 + index);
        const base = 'http://127.0.0.1:8/attachments/' + folderId + '/IMG_';
        const updatedAt = now - Math.floor(random() * 28 * day);
        const firstSeenAt = updatedAt - Math.floor(random() * 5 * day);
        const [title, category] = PRODUCTS[index % PRODUCTS.length];
        const photoUrls = SHOTS.map((_, shot) => base + (1000 + shot) + '.jpg');
        const messages = [];
        const messageCount = 6 + (index % 9);
        for (let m = 0; m < messageCount; m++) {
          const customer = m % 2 === 1;
          messages.push({
            id: folderId + '-' + m,
            author: m === 0 ? 'backmarket' : customer ? 'customer' : 'merchant',
            authorName: m === 0 ? 'Back Market' : customer ? FIRST[index % FIRST.length] : 'Care team',
            date: iso(firstSeenAt + m * 3600000),
            text: customer ? 'Here are the photos you asked for. The battery still drains overnight and the phone gets warm while charging, even with the original cable.' : 'Thank you, could you please send the remaining sides of the device so we can open the repair?',
            attachments: customer && m <= 7 ? photoUrls.slice(((m - 1) / 2) * 2, ((m - 1) / 2) * 2 + 2).map((url) => ({ url, name: url.split('/').pop(), mimeHint: 'image/jpeg' })) : [],
          });
        }
        cases.put({
          platform: 'demo',
          folderId,
          snapshot: {
            platform: 'demo', kind: 'care', folderId, url: 'http://127.0.0.1:8/bo-seller/customer-care/folders/' + folderId,
            customer: { firstName: FIRST[index % FIRST.length], lastName: LAST[index % LAST.length] },
            country: 'en-gb', orderId: String(50000000 + index), product: { title, category },
            warrantyState: 'IN_WARRANTY', carrier: 'DHL Express', trackingNumber: String(1000000000 + index),
            returnLabels: [], messages, composerFound: true, problems: [], readAt: iso(updatedAt),
          },
          firstSeenAt,
          updatedAt,
        });
        rows++;
        photoUrls.forEach((url, shot) => {
          checks.put({
            url,
            check: { kind: 'checked', width: 4032, height: 3024, problems: [], usable: true, screenshot: false, screenLit: shot === 0 ? true : shot === 1 ? false : null, dHash: hex(16), dHashFine: hex(64), notes: [], ms: 120 + random() * 60 },
            thumbnail: null,
            checkedAt: updatedAt,
          });
          rows++;
        });
        readings.put({ hash: hex(64), outcome: { kind: 'read', readings: [], ms: 900, passes: ['ocr'] }, readAt: updatedAt });
        rows++;
        if (index % 2 === 0) {
          decisions.put({ platform: 'demo', folderId, categoryOverride: null, photoSlots: { [photoUrls[3]]: 'left-side', [photoUrls[4]]: null }, updatedAt });
          rows++;
        }
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }
  db.close();
  return { ms: performance.now() - started, rows };
})()`;
}

/**
 * Forgets the results ReturnDesk stored after `since` (photo checks, numbers, the agent's choices), so the next
 * open works them out again; seeded rows, all older, stay.
 */
export function forgetResultsSinceScript(since: number): string {
  return `(async () => {
  const since = ${JSON.stringify(since)};
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('returndesk');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  let removed = 0;
  await new Promise((resolve, reject) => {
    const tx = db.transaction(['photoChecks', 'numberReadings', 'caseDecisions'], 'readwrite');
    for (const [store, index] of [['photoChecks', 'checkedAt'], ['numberReadings', 'readAt'], ['caseDecisions', 'updatedAt']]) {
      const request = tx.objectStore(store).index(index).openCursor(IDBKeyRange.lowerBound(since));
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return;
        cursor.delete();
        removed++;
        cursor.continue();
      };
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return removed;
})()`;
}

/** Rows per store, to report what the benchmark ran against. */
export const COUNT_ROWS_SCRIPT = `(async () => {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('returndesk');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const names = [...db.objectStoreNames];
  const counts = {};
  await Promise.all(names.map((name) => new Promise((resolve, reject) => {
    const request = db.transaction(name).objectStore(name).count();
    request.onsuccess = () => { counts[name] = request.result; resolve(); };
    request.onerror = () => reject(request.error);
  })));
  db.close();
  return counts;
})()`;
