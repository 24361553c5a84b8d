import { z } from 'zod';
import { selectorMapSchema } from './define';
import { siteAdapters } from './registry';

/**
 * Parses the selector overrides an admin pastes in the options page. Errors name the exact path
 * (`backoffice.composer`) and say what is wrong; nothing is saved unless the whole document is valid.
 */

export type OverridesParse = { ok: true; value: Record<string, Record<string, string>> } | { ok: false; errors: string[] };

const MAX_LENGTH = 50_000;

export function parseSelectorOverrides(json: string, isValidSelector: (selector: string) => boolean): OverridesParse {
  if (json.length > MAX_LENGTH) return { ok: false, errors: [`The JSON is longer than ${MAX_LENGTH} characters.`] };
  let raw: unknown;
  try {
    raw = json.trim() === '' ? {} : JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [`Not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = z.record(z.string(), selectorMapSchema).safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`),
    };
  }
  const errors: string[] = [];
  for (const [adapterId, selectors] of Object.entries(parsed.data)) {
    const adapter = siteAdapters.find((candidate) => candidate.id === adapterId);
    if (!adapter) {
      errors.push(`${adapterId}: unknown site (known: ${siteAdapters.map((a) => a.id).join(', ')})`);
      continue;
    }
    for (const [role, selector] of Object.entries(selectors)) {
      if (!(role in adapter.defaultSelectors)) {
        errors.push(`${adapterId}.${role}: unknown part (known: ${Object.keys(adapter.defaultSelectors).join(', ')})`);
      } else if (!isValidSelector(selector)) {
        errors.push(`${adapterId}.${role}: "${selector}" is not a valid CSS selector`);
      }
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
}
