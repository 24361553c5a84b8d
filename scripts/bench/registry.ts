import type { Benchmark } from './lib/define';
import ocrNode from './ocr-node';
import ocrBrowser from './ocr-browser';
import ocrBrowserFirefox from './ocr-browser-firefox';
import photosNode from './photos-node';
import photosBrowser from './photos-browser';
import photosBrowserFirefox from './photos-browser-firefox';
import scaleBrowser from './scale-browser';
import numbersScaleBrowser from './numbers-scale-browser';
import templates from './templates';
import textDetector from './text-detector';

/**
 * Every benchmark `npm run bench` knows. Add one by writing `scripts/bench/<id>.ts` (default export:
 * `defineBenchmark({ id: '<id>', title, unavailable?, run })`, see lib/define.ts) and adding one line here.
 * A benchmark that needs something this machine may lack (a browser, a built extension, ../shared/realdata)
 * says so in `unavailable()` and is skipped with that note.
 */
export const benchmarks: readonly Benchmark[] = [
  photosNode,
  photosBrowser,
  photosBrowserFirefox,
  ocrNode,
  ocrBrowser,
  ocrBrowserFirefox,
  scaleBrowser,
  numbersScaleBrowser,
  templates,
  textDetector,
];
