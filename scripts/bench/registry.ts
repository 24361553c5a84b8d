import type { Benchmark } from './lib/define';
import ocrNode from './ocr-node';
import photosNode from './photos-node';
import photosBrowser from './photos-browser';
import templates from './templates';

/**
 * Every benchmark `npm run bench` knows. Add one by writing `scripts/bench/<id>.ts` (default export:
 * `defineBenchmark({ id: '<id>', title, unavailable?, run })`, see lib/define.ts) and adding one line here.
 * A benchmark that needs something this machine may lack (a browser, a built extension, ../shared/realdata)
 * says so in `unavailable()` and is skipped with that note.
 *
 * Planned, not written yet:
 *  - ocr-browser      the ocr-node corpus read inside the extension page (Chromium, Firefox ESR); the e2e test
 *                     tests/e2e/numbers-chromium.test.ts prints per-image times meanwhile
 *  - template-search  searching and rendering the reply templates as the agent types
 */
export const benchmarks: readonly Benchmark[] = [photosNode, photosBrowser, ocrNode, templates];
