import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Build output folders, as `npm run build` and `npm run build:test` write them. */
export const BUILD_DIRS = {
  chrome: path.join(REPO_ROOT, '.output/chrome-mv3'),
  firefox: path.join(REPO_ROOT, '.output/firefox-mv3'),
  chromeDemo: path.join(REPO_ROOT, '.output/chrome-mv3-demo'),
  firefoxDemo: path.join(REPO_ROOT, '.output/firefox-mv3-demo'),
} as const;

export const CHROMIUM_PATH = process.env.RETURNDESK_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.RETURNDESK_FIREFOX ?? '/usr/bin/firefox-esr';
