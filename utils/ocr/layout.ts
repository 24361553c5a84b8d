/**
 * Puts OCR words back into reading order. Sparse-text mode (PSM 11) returns words in blocks that do not follow the
 * lines of a screenshot or label, so "IMEI 1" and its number can come out far apart. Words are grouped into rows
 * by their vertical centre and sorted left to right; a wide gap inside a row becomes several spaces so two
 * unrelated numbers are not joined into one.
 */
import type { Box } from './box';

export interface OcrWord {
  text: string;
  /** 0..100, as tesseract reports it. */
  confidence: number;
  box: Box;
}

export interface WordLayout {
  text: string;
  /** The words in reading order (indexes used by wordAt). */
  words: OcrWord[];
  /** For every character of `text`, the index of the word it belongs to, or -1 for separators. */
  wordAt: Int32Array;
}

/** Words grouped into rows by their vertical centre, top to bottom, each row left to right. */
export function groupRows(input: readonly OcrWord[]): OcrWord[][] {
  const words = input.filter((word) => word.text.trim().length > 0);
  const sorted = [...words].sort((a, b) => a.box.y + a.box.height / 2 - (b.box.y + b.box.height / 2));
  const rows: OcrWord[][] = [];
  const rowCentre: number[] = [];
  const rowHeight: number[] = [];
  for (const word of sorted) {
    const centre = word.box.y + word.box.height / 2;
    const last = rows.length - 1;
    if (last >= 0 && Math.abs(centre - rowCentre[last]!) < Math.max(4, 0.5 * Math.min(rowHeight[last]!, word.box.height))) {
      rows[last]!.push(word);
      const count = rows[last]!.length;
      rowCentre[last] = (rowCentre[last]! * (count - 1) + centre) / count;
    } else {
      rows.push([word]);
      rowCentre.push(centre);
      rowHeight.push(word.box.height);
    }
  }
  for (const row of rows) row.sort((a, b) => a.box.x - b.box.x);
  return rows;
}

/** A gap between two words of a row wider than this many line heights separates unrelated text (table cells). */
export const CELL_GAP_IN_LINE_HEIGHTS = 2.5;
/** What such a gap becomes in the text. */
export const CELL_SEPARATOR = '     ';

export function layoutWords(input: readonly OcrWord[]): WordLayout {
  const rows = groupRows(input);
  const ordered: OcrWord[] = [];
  const parts: string[] = [];
  const owners: number[] = [];
  const append = (text: string, owner: number) => {
    parts.push(text);
    for (let left = text.length; left > 0; left--) owners.push(owner); // UTF-16 units, as `text.length` counts
  };
  rows.forEach((row, rowIndex) => {
    if (rowIndex > 0) append('\n', -1);
    row.forEach((word, index) => {
      if (index > 0) {
        const previous = row[index - 1]!;
        const gap = word.box.x - (previous.box.x + previous.box.width);
        const height = Math.max(previous.box.height, word.box.height);
        append(gap > CELL_GAP_IN_LINE_HEIGHTS * height ? CELL_SEPARATOR : ' ', -1);
      }
      append(word.text.trim(), ordered.length);
      ordered.push(word);
    });
  });
  return { text: parts.join(''), words: ordered, wordAt: Int32Array.from(owners) };
}
