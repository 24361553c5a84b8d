import { z } from 'zod';
import { ABBREVIATION_PATTERN } from '../keyboard/abbreviations';

/**
 * The shape of a template's editable content, apart from the library code (render, variables) so that a schema
 * built on it (the team policy's, which the page's script stores and reads) does not bring that code along.
 */

export const TEMPLATE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const MAX_TITLE = 200;
const MAX_FOLDER = 100;
const MAX_TAG = 50;
const MAX_TAGS = 30;
/** Far above any reply; keeps one template from filling the database or freezing the preview. */
export const MAX_BODY = 20_000;

const bodySchema = z.string().max(MAX_BODY, `a body is at most ${MAX_BODY} characters`);

/** Bodies per locale: British and American English are required (as for built-ins); the others are optional. */
export const templateBodiesSchema = z.strictObject({
  'en-gb': bodySchema.min(1, 'the British English body is empty'),
  'en-us': bodySchema.min(1, 'the American English body is empty'),
  'fr-fr': bodySchema.optional(),
  'de-de': bodySchema.optional(),
  'es-es': bodySchema.optional(),
  'it-it': bodySchema.optional(),
});

/** What the agent can edit in any template. */
export const templateContentSchema = z.strictObject({
  title: z.string().trim().min(1, 'the title is empty').max(MAX_TITLE),
  folder: z.string().trim().max(MAX_FOLDER),
  tags: z.array(z.string().trim().min(1, 'a tag is empty').max(MAX_TAG)).max(MAX_TAGS),
  /**
   * Absent: none (a built-in's edit without it keeps the shipped one, so edits saved before abbreviations existed
   * keep working); null: none, also for a built-in that ships one.
   */
  abbreviation: z
    .string()
    .regex(ABBREVIATION_PATTERN, 'an abbreviation is “;” then 1 to 20 lower-case letters, digits or hyphens, e.g. “;dhl”')
    .nullable()
    .optional(),
  bodies: templateBodiesSchema,
});
export type TemplateContent = z.infer<typeof templateContentSchema>;
