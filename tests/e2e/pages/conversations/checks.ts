import { WARRANTY_STATE_LABELS } from '@/utils/sites/snapshot';
import { waitFor } from '../../harness/bounded';
import { headerMismatches, readPanel, type Evaluate, type PanelView } from '../../harness/panel';
import { scriptOf } from '../../harness/script';
import type { ExpectedSnapshot } from '../../../unit/sites/structure/pages';

/**
 * What the panel must show for a conversation test page, checked the same way in Chromium and Firefox ESR: the
 * header facts of its expected.json, "N messages read from the page", and each attachment in the Photos section.
 */

export function expectedPanelHeader(expected: ExpectedSnapshot): Record<string, string[]> {
  const header: Record<string, string[]> = {};
  if (expected.customer) header.Customer = [expected.customer];
  if (expected.order) header.Order = [expected.order];
  if (expected.product) header.Product = [expected.product];
  if (expected.category) header.Category = [expected.category];
  if (expected.warranty) header.Warranty = [WARRANTY_STATE_LABELS[expected.warranty]];
  const carrier = [expected.carrier, expected.trackingNumber].filter((part): part is string => !!part);
  if (carrier.length > 0) header.Carrier = carrier;
  return header;
}

const fileName = (url: string) => decodeURIComponent(url.split('/').pop() ?? url);

/** Differences between the panel and the page's expected snapshot, one readable line each; empty when right. */
export function pageMismatches(view: PanelView & { photos: string }, expected: ExpectedSnapshot): string[] {
  const mismatches = headerMismatches(view, expectedPanelHeader(expected));
  const count = `${expected.messageCount} ${expected.messageCount === 1 ? 'message' : 'messages'} read from the page`;
  if (!view.text.includes(count)) mismatches.push(`expected "${count}"`);
  for (const name of new Set(expected.attachments.map(fileName))) {
    if (!view.photos.includes(name)) mismatches.push(`attachment ${name} not in the Photos section`);
  }
  if (!expected.composerFound !== view.text.includes('The reply box was not found')) mismatches.push('composer: panel disagrees');
  return mismatches;
}

/** Waits until the panel shows the page as expected; returns the mismatches left when it gives up (empty when right). */
export async function waitForPage(evaluate: Evaluate, expected: ExpectedSnapshot, timeoutMs = 20_000): Promise<string[]> {
  let last: string[] = ['the panel was never read'];
  try {
    await waitFor(
      async () => {
        const view = await readPanelWithPhotos(evaluate);
        last = pageMismatches(view, expected);
        return last.length === 0 ? true : undefined;
      },
      { timeoutMs, what: `the panel to show ${expected.path}` },
    );
  } catch {
    // The mismatches say what is wrong.
  }
  return last;
}

export async function readPanelWithPhotos(evaluate: Evaluate): Promise<PanelView & { photos: string }> {
  const view = await readPanel(evaluate);
  const photos = (await evaluate(scriptOf(() => document.querySelector('#photos')?.textContent ?? ''))) as string;
  return { ...view, photos };
}
