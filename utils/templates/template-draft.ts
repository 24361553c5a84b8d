import { problemsAdding } from '../keyboard/abbreviations';
import type { TemplateLocale } from './define';
import { abbreviationOwners, type LibraryTemplate, type TemplateContent } from './library';

/**
 * The options page's template form as data: what a draft saves as, and what its abbreviation would break. Pure;
 * the editor keeps only the UI.
 */

export interface TemplateDraft {
  id: string;
  /** False for a new template not saved yet. */
  stored: boolean;
  title: string;
  folder: string;
  tags: string;
  /** As typed; empty means none. */
  abbreviation: string;
  bodies: Partial<Record<TemplateLocale, string>>;
}

/** Null when the field is empty: saved explicitly, so clearing a built-in's shipped abbreviation sticks. */
export const abbreviationOfDraft = (draft: TemplateDraft): string | null => draft.abbreviation.trim() || null;

export const contentOfDraft = (draft: TemplateDraft): TemplateContent =>
  ({
    title: draft.title,
    folder: draft.folder.trim(),
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    abbreviation: abbreviationOfDraft(draft),
    // British and American English are required, so an empty one stays (and is reported as empty); an empty
    // optional locale means "not written".
    bodies: Object.fromEntries(
      Object.entries(draft.bodies).filter(([locale, body]) => locale === 'en-gb' || locale === 'en-us' || (body ?? '') !== ''),
    ),
  }) as TemplateContent;

/**
 * What the draft's abbreviation would break in the library: malformed, taken by another template, or a prefix of
 * (or prefixed by) another's. Conflicts among the other templates alone (e.g. from an import) are not this edit's
 * to fix, so they do not block it. A deleted built-in still counts: restoring it brings its abbreviation back.
 */
export function draftAbbreviationErrors(draft: TemplateDraft, library: readonly LibraryTemplate[]): string[] {
  const abbreviation = abbreviationOfDraft(draft);
  if (abbreviation === null) return [];
  const others = abbreviationOwners(library.filter((template) => template.id !== draft.id));
  return problemsAdding(others, { templateId: draft.id, title: draft.title.trim() || undefined, abbreviation }).map(
    (error) => error.message,
  );
}
