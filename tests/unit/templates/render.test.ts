// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseTemplate, renderTemplate } from '@/utils/templates/render';

describe('renderTemplate', () => {
  it('fills variables and reports the ones without a value', () => {
    expect(renderTemplate('Hello {{first_name}}, order {{order_id}}.', { first_name: 'Amelia' })).toEqual({
      text: 'Hello Amelia, order .',
      missing: ['order_id'],
    });
  });

  it('shows an optional section only when its value is present, and the inverse otherwise', () => {
    const body = 'Hi.{{#waybill}} Your waybill is {{waybill}}.{{/waybill}}{{^waybill}} Find the waybill on the label.{{/waybill}}';
    expect(renderTemplate(body, { waybill: '0057714403' }).text).toBe('Hi. Your waybill is 0057714403.');
    expect(renderTemplate(body, {}).text).toBe('Hi. Find the waybill on the label.');
    expect(renderTemplate(body, {}).missing).toEqual([]);
  });

  it('repeats a list section for each item', () => {
    const body = 'Please send:\n{{#missing_shots}}- {{.}}\n{{/missing_shots}}Thanks';
    expect(renderTemplate(body, { missing_shots: ['Back', 'Left side'] }).text).toBe('Please send:\n- Back\n- Left side\nThanks');
  });

  it('shows a block without {{.}} once, e.g. a heading above its list', () => {
    const body = '{{#missing}}Still needed:\n{{/missing}}{{#missing}}- {{.}}\n{{/missing}}';
    expect(renderTemplate(body, { missing: ['Back', 'Top side'] }).text).toBe('Still needed:\n- Back\n- Top side');
    expect(renderTemplate(body, { missing: [] }).text).toBe('');
  });

  it('inserts values as plain text: a value that looks like a tag is not expanded again', () => {
    expect(renderTemplate('{{note}}', { note: '{{order_id}} <b>x</b>' }).text).toBe('{{order_id}} <b>x</b>');
  });
});

describe('parseTemplate', () => {
  it('lists the variables a template uses', () => {
    const parsed = parseTemplate('{{a}} {{#b}}{{c}}{{/b}}');
    expect(parsed.ok && parsed.variables).toEqual(['a', 'b', 'c']);
  });

  it('names unbalanced sections and unknown variables with their position', () => {
    const result = parseTemplate('Hi {{#waybill}} {{nickname}}', new Set(['waybill']));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.message)).toEqual(['unknown variable "nickname"', '"{{#waybill}}" is never closed']);
    expect(result.errors[1]!.index).toBe(3);
    const crossed = parseTemplate('{{#a}}{{#b}}{{/a}}{{/b}}');
    expect(!crossed.ok && crossed.errors[0]!.message).toBe('"{{/a}}" closes "{{#b}}"');
  });

  it('rejects expressions: templates are logic-less', () => {
    const result = parseTemplate('{{ order_id + 1 }}');
    expect(!result.ok && result.errors[0]!.message).toMatch(/is not a variable name/);
  });
});
