import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interfaceFiles } from '../helpers/interface-files';
import { isWords, untranslatedText } from '../helpers/untranslated-text';

/**
 * Every word the interface shows comes from the catalogues (utils/i18n/catalogue-*.ts), so a French agent never
 * meets a label added in English only. Files not converted yet are listed with how many such strings they hold:
 * the number may only go down (convert a string: lower it; convert the file: remove it).
 */
const NOT_CONVERTED_YET: Record<string, number> = {};

// vitest runs from the repository's root.
const root = `${process.cwd()}/`;

describe('interface text comes from the catalogue', () => {
  const files = interfaceFiles(root);

  it('finds the interface files', () => {
    expect(files).toContain('components/command-palette.tsx');
    expect(files).toContain('entrypoints/sidepanel/app.tsx');
  });

  for (const file of files) {
    it(file, () => {
      const found = untranslatedText(file, readFileSync(`${root}${file}`, 'utf8'));
      const allowed = NOT_CONVERTED_YET[file] ?? 0;
      const listing = found.map(({ line, text }) => `  ${file}:${line}  ${JSON.stringify(text)}`).join('\n');
      expect(
        found.length,
        `${file} shows ${found.length} English string(s) not taken from the catalogue (at most ${allowed} allowed).\n` +
          `Add each to utils/i18n/catalogue-en.ts and catalogue-fr.ts and write t('key') instead:\n${listing}`,
      ).toBeLessThanOrEqual(allowed);
    });
  }

  it('lists only files that still exist and still hold English', () => {
    for (const [file, allowed] of Object.entries(NOT_CONVERTED_YET)) {
      expect(files, `${file} is gone: remove it from NOT_CONVERTED_YET`).toContain(file);
      const found = untranslatedText(file, readFileSync(`${root}${file}`, 'utf8')).length;
      expect(found, `${file} now has ${found}: lower NOT_CONVERTED_YET to ${found}`).toBe(allowed);
    }
  });
});

describe('the guard itself', () => {
  it('flags JSX text and visible attributes in English, and lets symbols, chords and addresses through', () => {
    const source = `
      const a = <p>Photos received</p>;
      const b = <button aria-label="Close the help" title={busy ? 'Saving' : 'Save'}>×</button>;
      const c = <input placeholder="https://support.example.com" />;
      const d = <kbd>Alt+1</kbd>;
      const e = <p>{t('photos.clear')} · {count}</p>;
      const f = <span class={open ? 'is-open' : 'is-closed'}>{done ? 'Done' : '…'}</span>;`;
    expect(untranslatedText('example.tsx', source).map((found) => found.text)).toEqual([
      'Photos received',
      'Close the help',
      'Saving',
      'Save',
      'Done',
    ]);
    expect(isWords('Ctrl+K')).toBe(false);
  });

  it('flags status lines built from values (template literals), and lets ids, file names and catalogue calls through', () => {
    const source = `
      setMessage({ tone: 'info', text: \`Saved the macro “\${name}”.\` });
      const copied = { ok: true, message: \`\${problem} The reply was copied instead.\` };
      setErrors([\`Could not reset: \${reason}\`]);
      onChanged(done ? t('shortcuts.cleared', { label }) : \`"\${label}" has no shortcut now.\`);
      const step = { id: \`command-\${id}\`, name: title, text: t('macros.saved', { name }) };
      link.download = \`returndesk-templates-\${date}.json\`;
      setMessage({ tone: 'error', text: \`\${count} · \${total}\` });`;
    expect(untranslatedText('example.tsx', source).map((found) => found.text)).toEqual([
      'Saved the macro “ ”.',
      'The reply was copied instead.',
      'Could not reset:',
      '" " has no shortcut now.',
    ]);
    expect(isWords('IMEI ✓ · waybill –')).toBe(true);
  });
});
