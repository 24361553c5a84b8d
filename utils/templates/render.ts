/**
 * Logic-less template rendering with no eval (MV3 forbids it): `{{name}}` inserts a value, `{{#name}}…{{/name}}`
 * shows a block when the value is present (a block that uses `{{.}}` repeats for each item of a list, with `{{.}}`
 * as the item; one that does not is shown once, e.g. a heading above the list),
 * `{{^name}}…{{/name}}` shows a block when it is absent. Nothing else: no expressions, no HTML, no escaping rules,
 * because replies are plain text.
 */

export type TemplateNode =
  | { type: 'text'; text: string }
  | { type: 'variable'; name: string; index: number }
  | { type: 'section'; name: string; inverted: boolean; children: TemplateNode[]; index: number };

export interface TemplateError {
  message: string;
  /** Character offset in the template body, for the editor to point at. */
  index: number;
}

export type ParseResult = { ok: true; nodes: TemplateNode[]; variables: string[] } | { ok: false; errors: TemplateError[] };

const TAG = /\{\{\s*([#^/]?)\s*([^{}]*?)\s*\}\}/g;
const NAME = /^(?:\.|[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*)$/i;

export function parseTemplate(body: string, knownVariables?: ReadonlySet<string>): ParseResult {
  const errors: TemplateError[] = [];
  const root: TemplateNode[] = [];
  const stack: { node: Extract<TemplateNode, { type: 'section' }> | null; children: TemplateNode[] }[] = [{ node: null, children: root }];
  const variables = new Set<string>();
  let cursor = 0;
  const top = () => stack[stack.length - 1]!;

  for (const match of body.matchAll(TAG)) {
    const index = match.index ?? 0;
    if (index > cursor) top().children.push({ type: 'text', text: body.slice(cursor, index) });
    cursor = index + match[0].length;
    const [, sigil, name = ''] = match;
    if (!NAME.test(name)) {
      errors.push({ message: `"${match[0]}" is not a variable name`, index });
      continue;
    }
    if (name !== '.') {
      variables.add(name);
      if (knownVariables && !knownVariables.has(name)) errors.push({ message: `unknown variable "${name}"`, index });
    } else if (stack.length === 1) {
      errors.push({ message: '"{{.}}" can only be used inside a list section', index });
    }
    if (sigil === '#' || sigil === '^') {
      const section = { type: 'section' as const, name, inverted: sigil === '^', children: [], index };
      top().children.push(section);
      stack.push({ node: section, children: section.children });
    } else if (sigil === '/') {
      const open = top().node;
      if (!open) errors.push({ message: `"{{/${name}}}" closes a section that was never opened`, index });
      else if (open.name !== name) errors.push({ message: `"{{/${name}}}" closes "{{#${open.name}}}"`, index });
      else stack.pop();
    } else {
      top().children.push({ type: 'variable', name, index });
    }
  }
  if (cursor < body.length) top().children.push({ type: 'text', text: body.slice(cursor) });
  for (const { node } of stack.slice(1)) {
    errors.push({ message: `"{{#${node!.name}}}" is never closed`, index: node!.index });
  }
  // Stray braces that look like tags but are not (e.g. "{{ name" with no end) are plain text by design.
  return errors.length > 0 ? { ok: false, errors } : { ok: true, nodes: root, variables: [...variables].sort() };
}

export type TemplateValue = string | number | readonly string[] | null | undefined;
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

export interface RenderResult {
  text: string;
  /** Variables used outside an optional section that had no value: the reply must not be inserted yet. */
  missing: string[];
}

const isPresent = (value: TemplateValue) =>
  value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

const usesItem = (nodes: readonly TemplateNode[]) => nodes.some((node) => node.type === 'variable' && node.name === '.');

export function renderNodes(nodes: readonly TemplateNode[], values: TemplateValues): RenderResult {
  const missing = new Set<string>();
  const walk = (list: readonly TemplateNode[], item: string | undefined): string =>
    list
      .map((node) => {
        if (node.type === 'text') return node.text;
        if (node.type === 'variable') {
          if (node.name === '.') return item ?? '';
          const value = values[node.name];
          if (!isPresent(value)) {
            missing.add(node.name);
            return '';
          }
          return Array.isArray(value) ? value.join(', ') : String(value);
        }
        const value = values[node.name];
        const present = isPresent(value);
        if (node.inverted) return present ? '' : walk(node.children, item);
        if (!present) return '';
        if (Array.isArray(value) && usesItem(node.children)) {
          return (value as readonly string[]).map((entry) => walk(node.children, entry)).join('');
        }
        return walk(node.children, item);
      })
      .join('');
  const text = walk(nodes, undefined)
    // Optional sections leave blank lines behind; keep at most one empty line between paragraphs.
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, missing: [...missing].sort() };
}

/** Parse and render in one go; throws only for a template that does not parse (built-ins are tested to parse). */
export function renderTemplate(body: string, values: TemplateValues): RenderResult {
  const parsed = parseTemplate(body);
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('; '));
  return renderNodes(parsed.nodes, values);
}
