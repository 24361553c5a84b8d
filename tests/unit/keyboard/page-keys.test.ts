import { describe, expect, it } from 'vitest';
import { classifyKeydown, keyTargetOf, type KeydownLike } from '@/utils/keyboard/page-keys';

const bindings = new Map([['Alt+1', { kind: 'macro', id: 'request-missing-photos' }]]);

const key = (patch: Partial<KeydownLike>): KeydownLike => ({
  key: 'a',
  code: 'KeyA',
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  isComposing: false,
  keyCode: 65,
  ...patch,
});
const altOne = key({ key: '1', code: 'Digit1', altKey: true, keyCode: 49 });
const question = key({ key: '?', code: 'Slash', shiftKey: true, keyCode: 191 });

describe('classifyKeydown', () => {
  it('runs a bound chord in the composer and on the page', () => {
    for (const target of ['composer', 'page'] as const) {
      expect(classifyKeydown(altOne, target, bindings)).toEqual({
        kind: 'run',
        chord: 'Alt+1',
        binding: { kind: 'macro', id: 'request-missing-photos' },
      });
    }
  });

  it('runs a chord by its physical key where Alt changes the character (macOS, AltGr layouts)', () => {
    expect(classifyKeydown({ ...altOne, key: '¡' }, 'page', bindings)).toMatchObject({ kind: 'run', chord: 'Alt+1' });
  });

  it('leaves keys alone while an input method composes, including the keyCode 229 only sign', () => {
    expect(classifyKeydown({ ...altOne, isComposing: true }, 'composer', bindings)).toEqual({ kind: 'ignore' });
    expect(classifyKeydown({ ...altOne, keyCode: 229 }, 'composer', bindings)).toEqual({ kind: 'ignore' });
    expect(classifyKeydown({ ...question, keyCode: 229 }, 'page', bindings)).toEqual({ kind: 'ignore' });
  });

  it('leaves every key to other fields (the platform’s search, its forms)', () => {
    expect(classifyKeydown(altOne, 'other-field', bindings)).toEqual({ kind: 'ignore' });
    expect(classifyKeydown(question, 'other-field', bindings)).toEqual({ kind: 'ignore' });
  });

  it('shows the help on ? only on the page, not while writing a reply', () => {
    expect(classifyKeydown(question, 'page', bindings)).toEqual({ kind: 'help' });
    expect(classifyKeydown(question, 'composer', bindings)).toEqual({ kind: 'ignore' });
    // On AZERTY "?" is Shift+Comma: the character counts, not the key.
    expect(classifyKeydown({ ...question, code: 'Comma' }, 'page', bindings)).toEqual({ kind: 'help' });
    expect(classifyKeydown({ ...question, ctrlKey: true }, 'page', bindings)).toEqual({ kind: 'ignore' });
  });

  it('ignores unbound chords and plain typing', () => {
    expect(classifyKeydown(key({ key: '2', code: 'Digit2', altKey: true }), 'page', bindings)).toEqual({ kind: 'ignore' });
    expect(classifyKeydown(key({}), 'composer', bindings)).toEqual({ kind: 'ignore' });
    expect(classifyKeydown(key({ key: 'Alt', code: 'AltLeft', altKey: true }), 'page', bindings)).toEqual({ kind: 'ignore' });
  });
});

describe('keyTargetOf', () => {
  const build = () => {
    const root = document.createElement('div');
    root.innerHTML = `
      <div id="composer" contenteditable="true"><p id="inside">Hello</p></div>
      <input id="search" type="search" /><input id="check" type="checkbox" />
      <textarea id="note"></textarea><select id="choice"><option>a</option></select>
      <div contenteditable="false" id="frozen"><span id="text">text</span></div>
      <div role="textbox" id="aria"></div>
      <button id="button">Go</button>`;
    document.body.append(root);
    return { root, byId: (id: string) => root.querySelector(`#${id}`) };
  };

  it('tells the composer (and what is inside it) from other fields and the page', () => {
    const { root, byId } = build();
    const composer = byId('composer');
    expect(keyTargetOf(byId('composer'), composer)).toBe('composer');
    expect(keyTargetOf(byId('inside'), composer)).toBe('composer');
    for (const id of ['search', 'note', 'choice', 'aria']) expect(keyTargetOf(byId(id), composer), id).toBe('other-field');
    for (const id of ['check', 'button', 'text']) expect(keyTargetOf(byId(id), composer), id).toBe('page');
    expect(keyTargetOf(null, composer)).toBe('page');
    // Without a composer found, an editable area is just another field.
    expect(keyTargetOf(byId('inside'), null)).toBe('other-field');
    root.remove();
  });
});
