// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildPageKeyMap, describeKeyMapError } from '@/utils/keyboard/keymap';
import type { CommandDefinition } from '@/utils/keyboard/commands';
import { builtinMacros } from '@/utils/macros/registry';

const macro = (id: string, name: string, chord: string | null) => ({ id, name, chord });

describe('buildPageKeyMap', () => {
  it('binds the built-in macros as shipped, with no errors', () => {
    const { bindings, errors } = buildPageKeyMap({
      macros: builtinMacros,
      manifestChords: ['Alt+Shift+D', 'Alt+Shift+L', 'Alt+Shift+K', 'Alt+Shift+M'],
    });
    expect(errors).toEqual([]);
    expect(bindings.get('Alt+1')).toEqual({ kind: 'macro', id: 'request-missing-photos' });
    expect(bindings.size).toBe(builtinMacros.filter((candidate) => candidate.chord).length);
  });

  it('reports two macros on one chord by name, and keeps the first', () => {
    const { bindings, errors } = buildPageKeyMap({
      macros: [macro('request-missing-photos', 'Request missing photos', 'Alt+1'), macro('mine', 'My refund reply', 'alt+1')],
      manifestChords: [],
    });
    expect(bindings.get('Alt+1')).toEqual({ kind: 'macro', id: 'request-missing-photos' });
    expect(errors).toEqual([
      {
        kind: 'macro',
        command: 'mine',
        name: 'My refund reply',
        chord: 'alt+1',
        message: 'Alt+1 is already bound to "Request missing photos"',
      },
    ]);
    expect(describeKeyMapError(errors[0]!)).toBe('“My refund reply”: Alt+1 is already bound to "Request missing photos"');
  });

  it('refuses a chord the browser shortcuts use, naming the command behind it', () => {
    const { bindings, errors } = buildPageKeyMap({
      macros: [macro('a', 'Check and ask', 'Alt+Shift+L'), macro('b', 'Panel macro', 'Alt+Shift+D'), macro('c', 'Other', 'Alt+Shift+X')],
      manifestChords: [
        { name: 'check-conversation', chord: 'Alt+Shift+L' },
        { name: '_execute_action', chord: 'Alt+Shift+D' },
        'Alt+Shift+X',
        '',
      ],
    });
    expect(bindings.size).toBe(0);
    expect(errors.map((error) => [error.name, error.message])).toEqual([
      ['Check and ask', 'Alt+Shift+L is the browser shortcut for “Check the conversation (photos and numbers)”'],
      ['Panel macro', 'Alt+Shift+D is the browser shortcut for “Open the ReturnDesk panel”'],
      ['Other', 'Alt+Shift+X is one of ReturnDesk’s browser shortcuts'],
    ]);
  });

  it('refuses chords the browsers or the platform keep, and chords that would fire while typing', () => {
    const { bindings, errors } = buildPageKeyMap({
      macros: [
        macro('a', 'Feedback', 'Alt+Shift+I'),
        macro('b', 'Downloads', 'Ctrl+Shift+Y'),
        macro('c', 'Send', 'Ctrl+Enter'),
        macro('d', 'Typing', 'Shift+D'),
      ],
      manifestChords: [],
    });
    expect(bindings.size).toBe(0);
    expect(errors.map((error) => [error.command, error.message])).toEqual([
      ['a', 'Alt+Shift+I opens the feedback form in Chrome'],
      ['b', 'Ctrl+Shift+Y opens the Downloads window in Firefox'],
      ['c', 'Ctrl+Enter sends the message on many platforms'],
      ['d', 'Shift+D would fire while typing: add Ctrl or Alt'],
    ]);
  });

  it('reports malformed chords and keeps the good ones; null and empty mean unbound', () => {
    const { bindings, errors } = buildPageKeyMap({
      macros: [
        macro('a', 'Stray plus', 'Alt+'),
        macro('b', 'Euro', 'Alt+€'),
        macro('c', 'Unbound', null),
        macro('d', 'Empty', ' '),
        macro('e', 'Good', 'Alt+5'),
      ],
      manifestChords: [],
    });
    expect([...bindings]).toEqual([['Alt+5', { kind: 'macro', id: 'e' }]]);
    expect(errors.map((error) => [error.name, error.message])).toEqual([
      ['Stray plus', expect.stringMatching(/stray "\+"/)],
      ['Euro', '"€" is not a key ReturnDesk can bind'],
    ]);
  });

  it('gives the registry’s page chords precedence over the agent’s macros', () => {
    const commands: CommandDefinition[] = [
      { id: 'focus-composer', title: 'Focus the reply box', description: '', pageChord: 'Alt+R', palette: true },
    ];
    const { bindings, errors } = buildPageKeyMap({ macros: [macro('m', 'Mine', 'Alt+R')], manifestChords: [], commands });
    expect(bindings.get('Alt+R')).toEqual({ kind: 'command', id: 'focus-composer' });
    expect(errors).toEqual([
      expect.objectContaining({ kind: 'macro', name: 'Mine', message: 'Alt+R is already bound to "Focus the reply box"' }),
    ]);
  });
});
