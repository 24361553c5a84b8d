// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chordFromEvent, parseChord, parseKeyMap } from '@/utils/keyboard/chords';

describe('parseChord', () => {
  it.each([
    ['alt+1', 'Alt+1'],
    ['Shift + ctrl + u', 'Ctrl+Shift+U'],
    ['Command+Option+k', 'Alt+Meta+K'],
    ['Ctrl+,', 'Ctrl+Comma'],
    ['Alt+F2', 'Alt+F2'],
    ['ctrl+up', 'Ctrl+ArrowUp'],
  ])('reads %s as %s', (text, expected) => {
    expect(parseChord(text)).toMatchObject({ ok: true, text: expected });
  });

  it.each([
    ['', /empty/],
    ['Ctrl+', /stray/],
    ['Ctrl+Ctrl+K', /repeats/],
    ['Hyper+K', /not a modifier/],
    ['Ctrl+Shift', /no key/],
    ['Alt+€', /not a key/],
  ])('refuses %j with a reason', (text, reason) => {
    const parsed = parseChord(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(reason);
  });
});

describe('chordFromEvent', () => {
  it('uses the physical key, so Alt+1 works where Alt changes the character', () => {
    expect(chordFromEvent({ key: '¡', code: 'Digit1', altKey: true, ctrlKey: false, shiftKey: false, metaKey: false })).toBe('Alt+1');
    expect(chordFromEvent({ key: 'U', code: 'KeyU', altKey: false, ctrlKey: true, shiftKey: true, metaKey: false })).toBe('Ctrl+Shift+U');
    expect(chordFromEvent({ key: 'Shift', code: 'ShiftLeft', altKey: false, ctrlKey: false, shiftKey: true, metaKey: false })).toBeNull();
  });
});

describe('parseKeyMap', () => {
  it('keeps the good bindings and lists every bad one with its reason, never throwing', () => {
    const { bindings, errors } = parseKeyMap([
      { command: 'request-missing-photos', chord: 'Alt+1' },
      { command: 'dhl-pickup', chord: 'alt+1' },
      { command: 'open-palette', chord: 'Ctrl+Shift+Y' },
      { command: 'copy-waybill', chord: 'W' },
      { command: 'focus-composer', chord: 'Ctrl+Shift+' },
      { command: 'next-conversation', chord: 'Alt+N' },
    ]);
    expect([...bindings]).toEqual([
      ['Alt+1', 'request-missing-photos'],
      ['Alt+N', 'next-conversation'],
    ]);
    expect(errors.map((error) => [error.command, error.message])).toEqual([
      ['dhl-pickup', 'Alt+1 is already bound to "request-missing-photos"'],
      ['open-palette', 'Ctrl+Shift+Y opens the Downloads window in Firefox'],
      ['copy-waybill', 'W would fire while typing: add Ctrl or Alt'],
      ['focus-composer', expect.stringMatching(/stray/)],
    ]);
  });
});
