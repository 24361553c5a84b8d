// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  describeImportError,
  exportTemplates,
  importTaughtSelectors,
  parseTemplateFile,
  planImport,
  serializeTemplateFile,
} from '@/utils/templates/import-export';

/** Template files carry the parts taught by pointing (version 3); selectors are checked as the browser would. */

const errorsOf = (text: string) => {
  const parsed = parseTemplateFile(text);
  return parsed.ok ? [] : parsed.errors.map(describeImportError);
};

describe('version 3: parts taught by pointing travel with the templates', () => {
  const composer = { selector: 'textarea[aria-label="Antwort"]', taughtAt: '2026-12-05T11:00:00.000Z' };
  const list = { selector: '#thread', taughtAt: '2026-12-05T11:01:00.000Z' };
  const fileV3 = (taughtSelectors: unknown) =>
    JSON.stringify({
      format: 'returndesk-templates',
      version: 3,
      templates: [],
      overrides: [],
      macros: [],
      macroOverrides: [],
      taughtSelectors,
    });

  it('exports them and reads them back', () => {
    const file = exportTemplates({ userTemplates: [], overrides: [], taughtSelectors: { backoffice: { composer } } }, new Date(0));
    expect(file.taughtSelectors).toEqual({ backoffice: { composer } });
    const parsed = parseTemplateFile(serializeTemplateFile(file));
    expect(parsed.ok && parsed.file.taughtSelectors).toEqual({ backoffice: { composer } });
  });

  it('a version 2 file still imports, with nothing taught', () => {
    const parsed = parseTemplateFile(
      JSON.stringify({ format: 'returndesk-templates', version: 2, templates: [], overrides: [], macros: [], macroOverrides: [] }),
    );
    expect(parsed.ok && parsed.file).toMatchObject({ version: 3, taughtSelectors: {} });
  });

  it('refuses an unknown site, an unknown part, a malformed entry and invalid CSS, naming the path', () => {
    expect(errorsOf(fileV3({ nowhere: { composer } }))).toEqual([
      '$.taughtSelectors.nowhere: unknown site "nowhere" (known: backoffice, demo)',
    ]);
    expect(errorsOf(fileV3({ backoffice: { footer: composer } }))[0]).toMatch(/^\$\.taughtSelectors\.backoffice/);
    expect(errorsOf(fileV3({ backoffice: { composer: { selector: '#x' } } }))[0]).toMatch(
      /^\$\.taughtSelectors\.backoffice\.composer\.taughtAt: /,
    );
    expect(errorsOf(fileV3({ backoffice: { composer: { ...composer, selector: 'textarea[' } } }))).toEqual([
      '$.taughtSelectors.backoffice.composer.selector: "textarea[" is not a valid CSS selector',
    ]);
  });

  it('plans them like templates: new, unchanged, or a conflict replaced only when the agent says so', () => {
    const parsed = parseTemplateFile(fileV3({ backoffice: { composer, messageList: list } }));
    if (!parsed.ok) throw new Error('not parsed');
    const mine = { backoffice: { composer: { selector: '#mine', taughtAt: '2026-01-01T00:00:00.000Z' } } };
    expect(planImport({ userTemplates: [], overrides: [], taughtSelectors: mine }, parsed.file)).toEqual({
      added: ['taught:backoffice.messageList'],
      conflicts: ['taught:backoffice.composer'],
      unchanged: [],
    });
    expect(importTaughtSelectors(mine, parsed.file, 'keep-mine')).toEqual({
      backoffice: { composer: mine.backoffice.composer, messageList: list },
    });
    expect(importTaughtSelectors(mine, parsed.file, 'replace')).toEqual({ backoffice: { composer, messageList: list } });
  });
});
