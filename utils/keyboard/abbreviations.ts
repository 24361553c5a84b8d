/**
 * Text expansion: an abbreviation (`;dhl`) typed in the composer becomes the rendered template. Abbreviations live
 * on templates (the optional `abbreviation` field). The set must be prefix-free so an exact match can fire at once,
 * on the key that completes it: with `;dh` and `;dhl` both defined, `;dhl` could never be typed.
 */

/** `;` then 1-20 lower-case letters, digits or hyphens, not starting with a hyphen (utils/messages.ts agrees). */
export const ABBREVIATION_PATTERN = /^;[a-z0-9][a-z0-9-]{0,19}$/;
const MAX_ABBREVIATION_LENGTH = 21;

export interface AbbreviationOwner {
  templateId: string;
  /** Shown in messages; the id when absent. */
  title?: string;
  abbreviation: string;
}

export interface AbbreviationError {
  templateId: string;
  abbreviation: string;
  message: string;
}

export function isAbbreviation(text: string): boolean {
  return ABBREVIATION_PATTERN.test(text);
}

/**
 * Every problem in a set of abbreviations, named by template: malformed ones, duplicates (reported on the second
 * owner) and prefixes (reported on the longer one, which can no longer be typed). Never throws.
 */
export function checkAbbreviations(list: readonly AbbreviationOwner[]): AbbreviationError[] {
  const errors: AbbreviationError[] = [];
  const nameOf = (owner: AbbreviationOwner) => `“${owner.title ?? owner.templateId}”`;
  const valid: AbbreviationOwner[] = [];
  const byText = new Map<string, AbbreviationOwner>();
  for (const owner of list) {
    const { templateId, abbreviation } = owner;
    if (!isAbbreviation(abbreviation)) {
      errors.push({
        templateId,
        abbreviation,
        message: `${JSON.stringify(abbreviation)} is not an abbreviation: “;” then 1 to 20 lower-case letters, digits or hyphens, e.g. “;dhl”`,
      });
      continue;
    }
    const first = byText.get(abbreviation);
    if (first) {
      errors.push({ templateId, abbreviation, message: `${abbreviation} is already the abbreviation of ${nameOf(first)}` });
      continue;
    }
    byText.set(abbreviation, owner);
    valid.push(owner);
  }
  // Sorted, a prefix comes right before the words it starts (and before anything sorting between them).
  const sorted = [...valid].sort((a, b) => (a.abbreviation < b.abbreviation ? -1 : 1));
  for (let index = 0; index < sorted.length; index++) {
    const shorter = sorted[index]!;
    for (let next = index + 1; next < sorted.length && sorted[next]!.abbreviation.startsWith(shorter.abbreviation); next++) {
      const longer = sorted[next]!;
      errors.push({
        templateId: longer.templateId,
        abbreviation: longer.abbreviation,
        message: `${longer.abbreviation} can never be typed: ${shorter.abbreviation} (${nameOf(shorter)}) expands first`,
      });
    }
  }
  return errors;
}

/**
 * The problems `owner` would add to a set that already has `others`: problems among the others alone (e.g. from an
 * old import) are not this change's to fix, so they are left out. `owner` goes last, so a duplicate is reported on
 * it and names the template that already has the abbreviation.
 */
export function problemsAdding(others: readonly AbbreviationOwner[], owner: AbbreviationOwner): AbbreviationError[] {
  const key = (error: AbbreviationError) => `${error.templateId}\n${error.message}`;
  const before = new Set(checkAbbreviations(others).map(key));
  return checkAbbreviations([...others, owner]).filter((error) => !before.has(key(error)));
}

export interface AbbreviationMatch {
  abbreviation: string;
  /** Offset of the `;` in the text given. */
  start: number;
}

/**
 * The abbreviation that ends exactly at the caret, if it starts the text or follows whitespace (a line break
 * included): `x;dhl` and `http://a;dhl` do not fire. Looks at the last 22 characters only, so it is cheap on
 * every keystroke whatever the message length.
 */
export function abbreviationBeforeCaret(
  textBeforeCaret: string,
  abbreviations: ReadonlySet<string> | readonly string[],
): AbbreviationMatch | null {
  const known = abbreviations instanceof Set ? abbreviations : new Set(abbreviations as readonly string[]);
  const tail = textBeforeCaret.slice(-(MAX_ABBREVIATION_LENGTH + 1));
  const token = /(?:^|\s)(;[a-z0-9-]{1,20})$/.exec(tail);
  if (!token) return null;
  const abbreviation = token[1]!;
  const start = textBeforeCaret.length - abbreviation.length;
  // A token that fills the whole tail may be the end of a longer word further back.
  if (start > 0 && !/\s/.test(textBeforeCaret[start - 1]!)) return null;
  return known.has(abbreviation) ? { abbreviation, start } : null;
}

/** Abbreviation → template id, for the templates that have one (the first owner wins, as checkAbbreviations says). */
export function abbreviationIndex(templates: readonly { id: string; abbreviation?: string | null }[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const template of templates) {
    if (template.abbreviation && isAbbreviation(template.abbreviation) && !index.has(template.abbreviation)) {
      index.set(template.abbreviation, template.id);
    }
  }
  return index;
}
