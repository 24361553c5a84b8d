// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { numbersReadingOrder } from '@/utils/ocr/reading-order';

const target = (url: string, origin: 'conversation' | 'context-menu' = 'conversation') => ({ url, origin });

describe('the order numbers are read in', () => {
  it('reads a picked image, then screenshots, then camera photos, each group in conversation order', () => {
    const targets = [target('photo-1'), target('shot-1'), target('photo-2'), target('picked', 'context-menu'), target('shot-2')];
    expect(numbersReadingOrder(targets, new Set(['shot-1', 'shot-2'])).map((t) => t.url)).toEqual([
      'picked',
      'shot-1',
      'shot-2',
      'photo-1',
      'photo-2',
    ]);
  });

  it('keeps the conversation order when nothing is known yet', () => {
    const targets = [target('a'), target('b'), target('c')];
    expect(numbersReadingOrder(targets, new Set()).map((t) => t.url)).toEqual(['a', 'b', 'c']);
  });
});
