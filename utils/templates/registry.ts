import type { TemplateDefinition } from './define';
import photoRequestMissing from './builtin/photo-request-missing';

/** Every built-in template. Add one by adding its file under builtin/ and a line here. */
export const builtinTemplates: readonly TemplateDefinition[] = [photoRequestMissing];

export function builtinTemplate(id: string): TemplateDefinition {
  const template = builtinTemplates.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`no built-in template "${id}"`);
  return template;
}
