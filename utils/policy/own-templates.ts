import type { TemplateFile } from '../templates/import-export';
import type { TeamPolicy } from './team-policy-schema';

/** Whether the team lets agents write, duplicate and import templates of their own (`allowOwnTemplates`, default yes). */
export const ownTemplatesAllowed = (policy: TeamPolicy): boolean => policy.allowOwnTemplates ?? true;

/**
 * The titles of the agent's own templates a file would store against the team's policy; empty when the import may
 * go ahead. Such a file is refused whole, not imported without its templates: an import is never applied half-way,
 * and a file's macros are often made for its own templates. Its macros, changes to built-ins and taught parts
 * import from a file without templates.
 */
export function ownTemplatesRefused(file: TemplateFile, policy: TeamPolicy): string[] {
  return ownTemplatesAllowed(policy) ? [] : file.templates.map((template) => template.title);
}
