import { describe, expect, it } from 'vitest';
import { parseSelectorOverrides } from '@/utils/sites/selector-overrides';

const isValidSelector = (selector: string) => {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
};
const parse = (json: string) => parseSelectorOverrides(json, isValidSelector);

describe('selector overrides', () => {
  it('accepts overrides for known sites and parts', () => {
    expect(parse('{"backoffice": {"composer": "textarea.reply"}}')).toEqual({
      ok: true,
      value: { backoffice: { composer: 'textarea.reply' } },
    });
    expect(parse('')).toEqual({ ok: true, value: {} });
  });

  it('names the path of every mistake', () => {
    const result = parse('{"backoffice": {"composer": "textarea[[", "colour": "x"}, "myspace": {}}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toMatch(/backoffice\.composer: "textarea\[\[" is not a valid CSS selector/);
    expect(result.errors.join('\n')).toMatch(/backoffice\.colour: unknown part/);
    expect(result.errors.join('\n')).toMatch(/myspace: unknown site/);
  });

  it('explains malformed JSON and wrong types', () => {
    expect(parse('{"backoffice": ')).toMatchObject({ ok: false, errors: [expect.stringMatching(/^Not valid JSON/)] });
    expect(parse('{"backoffice": {"composer": 42}}')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^backoffice\.composer:/)],
    });
  });
});
