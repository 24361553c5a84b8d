/**
 * ReturnDesk demo launcher.
 *
 *   npx tsx scripts/demo.ts [--browser chromium|firefox] [--headless] [--out DIR]
 *
 * Builds the demo extension if it is missing or stale, starts the local demo platform, then either
 *  - with a display (DISPLAY set) and no --headless: opens the browser with the extension at the conversation list
 *    and waits until the browser is closed or Ctrl+C;
 *  - otherwise: plays one scripted walk headless (list, conversation, panel) and writes screenshots and a
 *    summary.md to a folder (default demo-output/<timestamp>/). Exits non-zero if the walk fails.
 * Every request that would leave 127.0.0.1 goes to a recording proxy that refuses it; the launcher reports them.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { waitFor, withTimeout } from '../tests/e2e/harness/bounded';
import { launchChromium } from '../tests/e2e/harness/chromium';
import {
  CONVERSATION_LIST_PATH,
  listDemoConversations,
  startDemoPlatform,
  type DemoConversation,
  type RunningDemoPlatform,
} from '../tests/e2e/harness/demo-platform';
import { launchFirefox } from '../tests/e2e/harness/firefox';
import { readPanel, waitForPanelHeader, waitForPanelToSettle, type PanelView } from '../tests/e2e/harness/panel';
import { BUILD_DIRS, REPO_ROOT } from '../tests/e2e/harness/paths';
import { describeRequests, startRequestRecorder, type RequestRecorder } from '../tests/e2e/harness/request-recorder';
import { buildDemo, demoBuildStaleness } from './lib/demo-build';
import { openWalkBrowser, type BrowserName, type WalkBrowser } from './lib/demo-browsers';

const USAGE = `Usage: npx tsx scripts/demo.ts [--browser chromium|firefox] [--headless] [--out DIR]

  --browser   chromium (default) or firefox
  --headless  play the scripted walk even when a display is available
  --out DIR   where the walk writes screenshots and summary.md (default demo-output/<timestamp>/)`;

/** The whole walk, including browser start and stop; a hung browser must not hang the launcher. */
const WALK_TIMEOUT_MS = 180_000;

const log = (line: string) => console.log(line);

interface Options {
  browser: BrowserName;
  headless: boolean;
  out: string | undefined;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      browser: { type: 'string', default: 'chromium' },
      headless: { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    log(USAGE);
    process.exit(0);
  }
  if (values.browser !== 'chromium' && values.browser !== 'firefox') {
    console.error(`Unknown browser "${values.browser}".\n${USAGE}`);
    process.exit(2);
  }
  return { browser: values.browser, headless: values.headless, out: values.out };
}

function timestamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/:/g, '-')
    .replace('T', '_');
}

async function main(): Promise<number> {
  const options = parseOptions();
  const started = Date.now();
  const stale = demoBuildStaleness();
  if (stale) {
    log(`Demo build needed: ${stale}.`);
    await buildDemo(log);
  }

  const platform = await startDemoPlatform({ quiet: true });
  const recorder = await startRequestRecorder();
  log(`Demo platform: ${platform.origin}${CONVERSATION_LIST_PATH}`);
  try {
    const headed = Boolean(process.env.DISPLAY) && !options.headless;
    if (headed) {
      await runHeaded(options.browser, platform, recorder);
      return 0;
    }
    const outDir = path.resolve(options.out ?? path.join(REPO_ROOT, 'demo-output', timestamp()));
    const ok = await withTimeout(
      runWalk(options.browser, platform, recorder, listDemoConversations(), outDir),
      WALK_TIMEOUT_MS,
      'the demo walk',
    );
    log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return ok ? 0 : 1;
  } finally {
    await recorder.close();
    await platform.close();
  }
}

/** Opens a visible browser for a person and waits until they close it (or press Ctrl+C). */
async function runHeaded(browser: BrowserName, platform: RunningDemoPlatform, recorder: RequestRecorder): Promise<void> {
  const listUrl = `${platform.origin}${CONVERSATION_LIST_PATH}`;
  let closeBrowser: () => Promise<void>;
  let closed: Promise<void>;
  if (browser === 'chromium') {
    const session = await launchChromium({
      extensionDir: BUILD_DIRS.chromeDemo,
      headless: false,
      proxyOrigin: recorder.proxyOrigin,
      pinExtension: true,
      viewport: null,
      closeOnSignals: false,
    });
    closeBrowser = session.close;
    closed = new Promise((resolve) => session.context.on('close', () => resolve()));
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    await page.goto(listUrl);
  } else {
    const session = await launchFirefox({
      extensionDir: BUILD_DIRS.firefoxDemo,
      headless: false,
      proxyPort: recorder.port,
      viewport: null,
      closeOnSignals: false,
    });
    closeBrowser = session.close;
    closed = new Promise((resolve) => session.browser.on('disconnected', () => resolve()));
    const page = (await session.browser.pages())[0] ?? (await session.browser.newPage());
    await page.goto(listUrl);
  }

  const openPanel =
    browser === 'chromium'
      ? '  2. Click the ReturnDesk icon in the toolbar (pinned next to the puzzle piece) to open the side panel.'
      : '  2. The ReturnDesk sidebar opens on the left; if it is closed, use the ReturnDesk toolbar icon\n' +
        '     (under the puzzle piece if not pinned) or View > Sidebar > ReturnDesk.';
  log(`
${browser === 'chromium' ? 'Chromium' : 'Firefox ESR'} is open on the demo conversation list, with ReturnDesk loaded.
  1. Click a conversation.
${openPanel}
  3. Open other conversations: the panel follows.
Nothing leaves this machine: requests off 127.0.0.1 are refused and counted.
Close the browser or press Ctrl+C to stop.`);

  const interrupted = new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => resolve());
  });
  await Promise.race([closed, interrupted]);
  log('\nShutting down ...');
  await closeBrowser();
  const leaks = recorder.leaks();
  log(leaks.length === 0 ? 'No request tried to leave 127.0.0.1.' : `Refused requests off 127.0.0.1:\n${describeRequests(leaks)}`);
}

interface WalkRecord {
  steps: string[];
  screenshots: string[];
  conversation?: DemoConversation;
  panel?: PanelView;
  mismatches: string[];
  error?: string;
}

/** The scripted walk. Writes what it has even when a step fails, so the summary shows where it stopped. */
async function runWalk(
  browserName: BrowserName,
  platform: RunningDemoPlatform,
  recorder: RequestRecorder,
  conversations: DemoConversation[],
  outDir: string,
): Promise<boolean> {
  await fs.mkdir(outDir, { recursive: true });
  log(`Playing the scripted walk in headless ${browserName}; output: ${outDir}`);
  const record: WalkRecord = { steps: [], screenshots: [], mismatches: [] };
  const step = (text: string) => {
    record.steps.push(text);
    log(`  - ${text}`);
  };
  const shot = async (take: (file: string) => Promise<void>, name: string) => {
    const file = path.join(outDir, name);
    await take(file);
    record.screenshots.push(name);
  };

  let browser: WalkBrowser | undefined;
  try {
    browser = await openWalkBrowser(browserName, recorder);
    step(`Started ${browserName} with the demo build of ReturnDesk.`);
    const listUrl = `${platform.origin}${CONVERSATION_LIST_PATH}`;
    await browser.showPage(listUrl);
    step(`Opened the conversation list: ${listUrl}`);
    // The list is drawn after the page's own request for it answers, which is after the page's load event (the
    // moment Firefox's driver returns from the navigation, where Chromium's returned later): wait for the links.
    const linkedPaths = async () =>
      (await browser!.evaluatePage(`[...document.querySelectorAll('a[href]')].map((link) => new URL(link.href).pathname)`)) as string[];
    const linked = await waitFor(
      async () => {
        const paths = await linkedPaths();
        return conversations.some((candidate) => paths.includes(candidate.path)) ? paths : undefined;
      },
      { timeoutMs: 20_000, what: 'the conversation list to show its conversations' },
    ).catch(() => linkedPaths());
    await shot(browser.screenshotPage, '01-conversation-list.png');

    const conversation =
      conversations.find((candidate) => candidate.kind === 'care' && linked.includes(candidate.path)) ??
      conversations.find((candidate) => linked.includes(candidate.path));
    if (!conversation) throw new Error(`The list page links none of the ${conversations.length} demo conversations.`);
    record.conversation = conversation;
    await browser.clickLink(conversation.path);
    step(`Clicked the conversation of ${conversation.customerName} (${conversation.kind} ${conversation.folderId}): ${conversation.path}`);

    await browser.openPanel();
    step('Opened the ReturnDesk panel page in a second tab (it follows the conversation tab).');
    const { view, mismatches } = await waitForPanelHeader(browser.evaluatePanel, conversation, 20_000);
    record.panel = view;
    record.mismatches = mismatches;
    if (mismatches.length === 0) {
      // Photo checks fill in after the header: let them finish so the screenshots show results.
      record.panel = await waitForPanelToSettle(browser.evaluatePanel, 30_000);
    }
    await shot(browser.screenshotPage, '02-conversation.png');
    await shot(browser.screenshotPanel, '03-panel.png');
    step(
      mismatches.length === 0
        ? 'The panel shows the conversation header; took screenshots once its photo checks had finished.'
        : 'The panel header does not match the conversation.',
    );

    await composeSideBySide(
      path.join(outDir, '02-conversation.png'),
      path.join(outDir, '03-panel.png'),
      path.join(outDir, '04-side-by-side.png'),
    );
    record.screenshots.push('04-side-by-side.png');
  } catch (error) {
    record.error = error instanceof Error ? error.message : String(error);
    if (browser && !record.panel) record.panel = await readPanel(browser.evaluatePanel).catch(() => undefined);
  } finally {
    await browser?.close();
  }

  const leaks = recorder.leaks();
  const summary = renderSummary(browserName, platform, record, leaks.length ? describeRequests(leaks) : '');
  await fs.writeFile(path.join(outDir, 'summary.md'), summary);
  log(`\n${summary}`);
  log(`Output folder: ${outDir}`);
  return !record.error && record.mismatches.length === 0 && leaks.length === 0;
}

/** Conversation and panel next to each other at the same height, as a person sees them with the side panel open. */
async function composeSideBySide(pageFile: string, panelFile: string, outFile: string): Promise<void> {
  const [page, panel] = await Promise.all([loadImage(pageFile), loadImage(panelFile)]);
  const height = Math.max(page.height, panel.height);
  const divider = 2;
  const canvas = createCanvas(page.width + divider + panel.width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(page, 0, 0);
  context.fillStyle = '#9aa0a6';
  context.fillRect(page.width, 0, divider, height);
  context.drawImage(panel, page.width + divider, 0);
  await fs.writeFile(outFile, await canvas.encode('png'));
}

function renderSummary(browserName: BrowserName, platform: RunningDemoPlatform, record: WalkRecord, leaks: string): string {
  const lines = [
    `# ReturnDesk demo walk (${browserName}, headless)`,
    '',
    `- When: ${new Date().toISOString()}`,
    `- Demo platform: ${platform.origin}`,
    `- Result: ${record.error ? `FAILED: ${record.error}` : record.mismatches.length ? 'FAILED: the panel header does not match' : 'OK'}`,
    '',
    '## What was done',
    ...record.steps.map((text, index) => `${index + 1}. ${text}`),
    '',
  ];
  if (record.conversation) {
    const c = record.conversation;
    lines.push(
      '## Conversation opened',
      `${c.kind} ${c.folderId} at ${c.path}: ${c.customerName} (${c.country}), order ${c.orderId}, ${c.productTitle}` +
        ` (${c.category}), ${c.messageCount} messages, ${c.attachmentCount} attachments.`,
      '',
    );
  }
  if (record.panel) {
    const entries = Object.entries(record.panel.header);
    lines.push('## What the panel read', '');
    if (entries.length) {
      lines.push(
        '| Field | Panel shows |',
        '| --- | --- |',
        ...entries.map(([key, value]) => `| ${key} | ${value.replace(/\|/g, '\\|')} |`),
      );
    } else {
      lines.push('(no conversation header)');
    }
    lines.push('', `Status: ${record.panel.status || '(none)'}`, `Sections: ${record.panel.headings.join(', ') || '(none)'}`, '');
  }
  if (record.mismatches.length) lines.push('## Differences from the demo data', ...record.mismatches.map((m) => `- ${m}`), '');
  lines.push(
    '## Screenshots',
    ...(record.screenshots.length ? record.screenshots.map((name) => `- ${name}`) : ['(none)']),
    '',
    '## Requests off 127.0.0.1',
    leaks ? '```\n' + leaks + '\n```' : 'None (every request that would have left the machine is recorded and refused).',
    '',
  );
  return lines.join('\n');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
