// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { combineReads } from '@/utils/sites/combine-reads';
import { readSellerAfterSales } from '@/utils/sites/data/seller-after-sales';
import { conversationSnapshotSchema } from '@/utils/sites/snapshot';
import { fakeFetch, json, now, PAGE_URL, parseHtml, sellerAfterSalesAnswers, UUID } from '../sites/data/helpers';
import { forEachCase, type Random } from './prng';

/**
 * The back office's JSON drifting at random: fields deleted, renamed, given another type, lists wrapped or
 * emptied, HTML and URLs replaced by hostile ones. The reader never throws; it either reads a case that makes a
 * valid snapshot, with every attachment an http(s) URL, or fails with a named reason.
 */

const HOSTILE = [
  'javascript:alert(1)',
  'data:text/html,<script>1</script>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '//evil.example/x.jpg',
  'x'.repeat(30_000),
  '',
  null,
  42,
  [],
  {},
];

function mutate(value: unknown, random: Random, depth = 0): unknown {
  if (depth > 6) return value;
  if (random.bool(0.06)) return random.pick(HOSTILE);
  if (Array.isArray(value)) {
    const items = value.map((item) => mutate(item, random, depth + 1));
    if (random.bool(0.05)) return { results: items };
    if (random.bool(0.05)) return [];
    return items;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (random.bool(0.08)) continue; // deleted
      const name = random.bool(0.05) ? `${key}_v2` : key; // renamed
      out[name] = mutate(field, random, depth + 1);
    }
    if (random.bool(0.1)) out.addedField = random.pick(HOSTILE);
    return out;
  }
  return value;
}

describe('seller-after-sales JSON with random drift', () => {
  it('reads or names the failure, never throws, and what it reads makes a valid snapshot', async () => {
    await forEachCase('seller-after-sales drift', 150, async (random) => {
      const answers = Object.fromEntries(
        Object.entries(sellerAfterSalesAnswers()).map(([path, answer]) => [path, json(mutate(JSON.parse(answer.text), random))]),
      );
      const read = await readSellerAfterSales({ pageUrl: PAGE_URL, uuid: UUID, fetchJson: fakeFetch(answers), parseHtml, now });
      if (!read.ok) {
        expect(['schema', 'not-json', 'failed', 'unauthorised']).toContain(read.reason);
        expect(read.message.length).toBeLessThan(1000);
        return;
      }
      const urls = read.facts.messages.flatMap((message) => message.attachments.map((attachment) => attachment.url));
      expect(urls.every((url) => /^https?:\/\//.test(url))).toBe(true);
      const combined = combineReads({ status: 'unreadable', message: 'nothing in the markup' }, read, {
        url: PAGE_URL.href,
        folderIdFromUrl: null,
        platform: 'backoffice',
        composerFound: true,
        now,
      });
      expect(combined.status).toBe('ok');
      if (combined.status === 'ok') expect(conversationSnapshotSchema.safeParse(combined.snapshot).success).toBe(true);
    });
  });
});
