import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import demo, { DEMO_SELECTORS } from '@/utils/sites/adapters/demo';
import { ConversationView } from '@/scripts/demo-platform/app/components/conversation-view';
import { demoConversationViews } from '@/scripts/demo-platform/data/index';
import { readFixture } from '../helpers/fixtures';

/**
 * The adapter's fixtures are dumped from the demo app; these tests fail when the app, the fixtures and the
 * adapter's selectors stop agreeing (fix: update the adapter, then `npx tsx scripts/demo-platform/dump-fixtures.ts`).
 */

const appDir = path.join(process.cwd(), 'scripts/demo-platform/app/components');
const appFiles = readdirSync(appDir)
  .filter((file) => file.endsWith('.tsx'))
  .map((file) => readFileSync(path.join(appDir, file), 'utf8'));
// Markup only: the contract comment names every hook too, and must not stand in for the real attribute.
const appSource = appFiles.map((source) => source.replace(/\/\*[\s\S]*?\*\//g, '')).join('\n');
const contractComment = /\/\*\*[\s\S]*?MARKUP CONTRACT[\s\S]*?\*\//.exec(appFiles.join('\n'))?.[0] ?? '';
const FIXTURES = ['demo-104820113', 'demo-104820257', 'demo-104820391', 'demo-104820878', 'demo-US-31842-HMQRT'];
const fixtureHtml = FIXTURES.map((name) => readFixture(`sites/${name}.html`)).join('\n');

/** Attributes the adapter reads inside the selected elements: part of the same contract. */
const READ_ATTRIBUTES = [
  'data-folder-id',
  'data-conversation-kind',
  'data-country-code',
  'data-order-id',
  'data-warranty-state',
  'data-label-state',
  'data-label-direction',
  'data-message-id',
  'data-author-role',
  'data-file-name',
];

describe('demo markup contract', () => {
  it.each(Object.entries(DEMO_SELECTORS))('the app and the fixtures both carry %s (%s)', (_role, selector) => {
    const value = /^\[data-qa="([^"]+)"\]$/.exec(selector)?.[1];
    expect(value, `${selector} should be a plain [data-qa="..."] selector`).toBeTruthy();
    expect(appSource).toContain(`data-qa="${value}"`);
    expect(fixtureHtml).toContain(`data-qa="${value}"`);
    expect(contractComment, 'documented in the contract comment of conversation-view.tsx').toContain(`data-qa="${value}"`);
  });

  it.each(READ_ATTRIBUTES)('the app and the fixtures both carry the attribute %s', (name) => {
    expect(appSource).toContain(`${name}=`);
    expect(fixtureHtml).toContain(`${name}="`);
    expect(contractComment).toContain(name);
  });
});

describe('fixtures match what the app renders now', () => {
  let container: HTMLElement | undefined;
  afterEach(() => {
    if (container) {
      render(null, container);
      container.remove();
    }
  });

  it.each(FIXTURES)('%s', (name) => {
    const folderId = name.replace(/^demo-/, '');
    const view = demoConversationViews().find((candidate) => candidate.id === folderId)!;
    const url = new URL(`http://127.0.0.1:5391${view.path}`);
    const now = () => new Date('2026-11-22T10:00:00Z');

    container = document.createElement('div');
    document.body.append(container);
    act(() => {
      render(h(ConversationView, { view, nextPath: '/bo-seller/customer-care', onSend: async () => undefined }), container!);
    });
    const fromApp = demo.read({ document, url, selectors: demo.defaultSelectors, now });

    const fixture = new DOMParser().parseFromString(readFixture(`sites/${name}.html`), 'text/html');
    const fromFixture = demo.read({ document: fixture, url, selectors: demo.defaultSelectors, now });

    expect(fromApp.ok).toBe(true);
    expect(fromFixture).toEqual(fromApp);
  });
});
