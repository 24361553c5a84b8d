import type { Benchmark } from './lib/define';
import photosNode from './photos-node';
import photosBrowser from './photos-browser';

/**
 * Every benchmark `npm run bench` knows. Add one by writing `scripts/bench/<id>.ts` (default export:
 * `defineBenchmark({ id: '<id>', title, unavailable?, run })`, see lib/define.ts) and adding one line here.
 * A benchmark that needs something this machine may lack (a browser, a built extension, ../shared/realdata)
 * says so in `unavailable()` and is skipped with that note.
 *
 * Planned, not written yet:
 *  - ocr              IMEI and waybill reading (tesseract.js in Node, then in the browser) on generated images
 *                     and ../shared/realdata
 *  - template-search  searching and rendering the reply templates as the agent types
 */
export const benchmarks: readonly Benchmark[] = [photosNode, photosBrowser];
