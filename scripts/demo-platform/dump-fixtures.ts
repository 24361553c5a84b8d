/**
 * Saves the DOM of demo pages, as Chromium renders them, into tests/fixtures/sites/demo-*.html for the site
 * adapter's unit tests. Run after changing the app's markup:
 *
 *   npx tsx scripts/demo-platform/dump-fixtures.ts [--screenshots DIR]
 *
 * Scripts and stylesheets are stripped (the fixtures are read with DOMParser, never executed).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startDemoPlatform } from './server';
import { buybackPath, carePath, CONVERSATION_LIST_PATH } from './data/view';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixturesDir = path.resolve(here, '../../tests/fixtures/sites');

/** Fixture name -> page path. */
export const FIXTURE_PAGES: Record<string, string> = {
  'demo-104820113': carePath('104820113'),
  'demo-104820257': carePath('104820257'),
  'demo-104820391': carePath('104820391'),
  'demo-104820878': carePath('104820878'),
  'demo-US-31842-HMQRT': buybackPath('US-31842-HMQRT'),
  'demo-folder-list': CONVERSATION_LIST_PATH,
};

const screenshotFlag = process.argv.indexOf('--screenshots');
const screenshotDir = screenshotFlag > -1 ? process.argv[screenshotFlag + 1] : undefined;

const platform = await startDemoPlatform({ quiet: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC', locale: 'en-GB' });
  await mkdir(fixturesDir, { recursive: true });
  for (const [name, pagePath] of Object.entries(FIXTURE_PAGES)) {
    await page.goto(`${platform.origin}${pagePath}`);
    await page.waitForSelector(pagePath === CONVERSATION_LIST_PATH ? '[data-qa="folder-list"]' : '[data-qa="message"]');
    // The "Next conversation" link arrives with a second request; wait so every fixture has it.
    if (pagePath !== CONVERSATION_LIST_PATH) await page.waitForSelector('[data-qa="next-conversation"]');
    if (screenshotDir) {
      await mkdir(screenshotDir, { recursive: true });
      await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
    }
    const html = await page.evaluate(() => {
      for (const element of document.querySelectorAll('script, link[rel="stylesheet"], link[rel="modulepreload"]')) element.remove();
      return `<!doctype html>\n${document.documentElement.outerHTML}\n`;
    });
    const header = `<!-- Dumped from the demo platform (${pagePath}) by scripts/demo-platform/dump-fixtures.ts. Do not edit by hand. -->\n`;
    await writeFile(path.join(fixturesDir, `${name}.html`), header + html.replaceAll(platform.origin, ''));
    console.log(`${name}.html  <-  ${pagePath}`);
  }
} finally {
  await browser.close();
  await platform.close();
}
