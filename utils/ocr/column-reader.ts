/**
 * Numbers in tables and on screens, read from the OCR's word boxes: a shop's or carrier's shipment list puts the
 * number under a column heading ("Tracking No", "Waybill", "N° de suivi", "Sendungsnummer") or in a cell whose
 * other line names the carrier ("1231006943" over "DHL EXPRESS WORLDWIDE NONDOC"). Read as text, such a number is
 * a row away from its heading, or beside no label at all, so the extractor alone does not take it.
 *
 * The headings are the rules' own labels and the generic tracking labels (utils/identifiers/define.ts); a generic
 * heading announces a carrier whose shape many numbers share (DHL's 10 digits, FedEx's 12) only when that carrier is
 * named in the number's own row or cell. Only numbers that pass their rule's check are reported: a table holds
 * other carriers' numbers, postcodes and test numbers, and a column is not a label strong enough to show a misread.
 */
import { allLabelWords } from '../identifiers/define';
import type { IdentifierRule } from '../identifiers/define';
import {
  brandsNamedIn,
  extractIdentifiers,
  findLabels,
  kindsAnnouncedByTracking,
  type ExtractedIdentifier,
  type FoundLabel,
} from '../identifiers/extract';
import { createIdentifierRegistry, identifierRegistry, type IdentifierRegistry } from '../identifiers/registry';
import type { Box } from './box';
import { CELL_GAP_IN_LINE_HEIGHTS, groupRows, type OcrWord } from './layout';

export interface CellReading {
  kind: ExtractedIdentifier['kind'];
  value: string;
  formatted: string;
  /** Always true: a cell reading is only made from a number that passes its check. */
  valid: true;
  plausible?: boolean;
  /** The heading's name for it ("Waybill", "Tracking"). */
  label: string;
  /** How it was found: under a column heading, or in a cell naming the carrier. */
  layout: 'under-heading' | 'beside-brand';
  /** The words the number was read from. */
  words: OcrWord[];
}

/** Words of one row close enough to be one cell's text. */
interface Segment {
  words: OcrWord[];
  text: string;
  box: Box;
  row: number;
  lineHeight: number;
}

/** How many rows under a heading are read as its column. */
const MAX_ROWS_UNDER_HEADING = 60;
/** A heading is the label alone: the label covers at least this share of the segment's letters and digits. */
const HEADING_COVER = 0.6;

function unionBox(boxes: readonly Box[]): Box {
  const x0 = Math.min(...boxes.map((box) => box.x));
  const y0 = Math.min(...boxes.map((box) => box.y));
  const x1 = Math.max(...boxes.map((box) => box.x + box.width));
  const y1 = Math.max(...boxes.map((box) => box.y + box.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function segmentRows(rows: readonly OcrWord[][]): Segment[] {
  const segments: Segment[] = [];
  rows.forEach((row, rowIndex) => {
    let current: OcrWord[] = [];
    const flush = () => {
      if (current.length === 0) return;
      const box = unionBox(current.map((word) => word.box));
      const lineHeight = Math.max(...current.map((word) => word.box.height));
      segments.push({ words: current, text: current.map((word) => word.text.trim()).join(' '), box, row: rowIndex, lineHeight });
      current = [];
    };
    for (const word of row) {
      const previous = current[current.length - 1];
      if (previous) {
        const gap = word.box.x - (previous.box.x + previous.box.width);
        if (gap > CELL_GAP_IN_LINE_HEIGHTS * Math.max(previous.box.height, word.box.height)) flush();
      }
      current.push(word);
    }
    flush();
  });
  return segments;
}

const alphanumericLength = (text: string) => text.replace(/[^0-9A-Za-zÀ-ÿ]/g, '').length;

/** One-rule registries, so a cell is read as exactly the kinds its heading announces. */
const singleRuleRegistries = new WeakMap<IdentifierRule, IdentifierRegistry>();

function registryOf(rule: IdentifierRule): IdentifierRegistry {
  let registry = singleRuleRegistries.get(rule);
  if (!registry) {
    registry = createIdentifierRegistry([rule]);
    singleRuleRegistries.set(rule, registry);
  }
  return registry;
}

/**
 * The valid number of `rule`'s kind in a cell's text, read by the extractor as if the cell followed one of the
 * rule's own labels (look-alike repair, whole digit groups, the rule's shape), and only when it passes its check.
 */
function readCell(rule: IdentifierRule, text: string): ExtractedIdentifier | undefined {
  const label = allLabelWords(rule.finding.labels)[0];
  if (!label) return undefined;
  return extractIdentifiers(`${label}: ${text}`, { registry: registryOf(rule) }).find((item) => item.valid && item.label !== undefined);
}

function overlapsColumn(segment: Segment, heading: Segment): boolean {
  const slack = heading.lineHeight;
  return segment.box.x < heading.box.x + heading.box.width + slack && segment.box.x + segment.box.width > heading.box.x - slack;
}

/**
 * The other line of `segment`'s cell: the nearest text starting under (or over) it, less than 1.5 line heights
 * away. The lines of one cell sit tighter than the rows of a table (karrio: 10 px between a number and its service
 * line, 30 px to the next row's), so of the service line below and the previous row's above, the nearer is taken.
 */
const CELL_LINE_GAP = 1.5;

function cellNeighbours(segment: Segment, segments: readonly Segment[]): Segment[] {
  const top = segment.box.y;
  const bottom = segment.box.y + segment.box.height;
  const near = segments.flatMap((other) => {
    if (other === segment || other.row === segment.row) return [];
    if (Math.abs(other.box.x - segment.box.x) >= 2 * segment.lineHeight) return [];
    const gap =
      other.box.y >= bottom ? other.box.y - bottom : other.box.y + other.box.height <= top ? top - (other.box.y + other.box.height) : -1;
    return gap >= 0 && gap < CELL_LINE_GAP * Math.min(segment.lineHeight, other.lineHeight) ? [{ other, gap }] : [];
  });
  const nearest = Math.min(...near.map((item) => item.gap));
  // Equally near lines above and below say nothing about which row the cell belongs to.
  const closest = near.filter((item) => item.gap <= nearest + 1);
  return closest.length === 1 ? closest.map((item) => item.other) : [];
}

export function readTableCells(words: readonly OcrWord[], registry: IdentifierRegistry = identifierRegistry): CellReading[] {
  const rows = groupRows(words);
  const segments = segmentRows(rows);
  const readings: CellReading[] = [];
  const seen = new Set<string>();
  const report = (rule: IdentifierRule, item: ExtractedIdentifier, label: string, layout: CellReading['layout'], segment: Segment) => {
    const key = `${item.kind}:${item.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    readings.push({
      kind: item.kind,
      value: item.value,
      formatted: item.formatted,
      valid: true,
      ...(item.plausible !== undefined ? { plausible: item.plausible } : {}),
      label,
      layout,
      words: segment.words,
    });
  };
  const rowText = (row: number) =>
    segments
      .filter((segment) => segment.row === row)
      .map((segment) => segment.text)
      .join(' ');
  const columnRules = registry.rules.filter((rule) => rule.finding.layouts.underHeading);

  // 1. Under a column heading: the heading segment is a label alone, the cells are the segments below it.
  // The labels are found in one pass over every segment's text, then given back to their segment. The separator is
  // no space, so no label runs from one segment into the next.
  const starts: number[] = [];
  let offset = 0;
  for (const segment of segments) {
    starts.push(offset);
    offset += segment.text.length + 1;
  }
  const joined = segments.map((segment) => segment.text).join('\u0001');
  const labelsBySegment = new Map<number, FoundLabel[]>();
  for (const label of findLabels(joined, registry, new Set())) {
    if (label.other) continue;
    let index = starts.length - 1;
    while (index > 0 && starts[index]! > label.start) index--;
    labelsBySegment.set(index, [...(labelsBySegment.get(index) ?? []), label]);
  }
  const headings = [...labelsBySegment].flatMap(([index, labels]) => {
    const segment = segments[index]!;
    const covered = labels.reduce((sum, label) => sum + alphanumericLength(joined.slice(label.start, label.end)), 0);
    const label = labels[0];
    if (!label || covered < HEADING_COVER * alphanumericLength(segment.text)) return [];
    return [{ segment, label }];
  });
  for (const { segment: heading, label } of headings) {
    const below = segments.filter(
      (segment) => segment.row > heading.row && segment.row <= heading.row + MAX_ROWS_UNDER_HEADING && overlapsColumn(segment, heading),
    );
    for (const cell of below) {
      if (headings.some((other) => other.segment === cell)) break;
      const nearby = [rowText(cell.row), ...cellNeighbours(cell, segments).map((segment) => segment.text)].join('\n');
      const kinds = label.generic ? kindsAnnouncedByTracking(registry, brandsNamedIn(nearby, registry)) : label.kinds;
      for (const rule of columnRules.filter((candidate) => kinds.has(candidate.id))) {
        const item = readCell(rule, cell.text);
        if (item) report(rule, item, label.name, 'under-heading', cell);
      }
    }
  }

  // 2. In a cell whose other line names the carrier: the brand is the cell's heading.
  for (const cell of segments) {
    if ((cell.text.match(/\d/g)?.length ?? 0) < 8) continue;
    const neighbours = cellNeighbours(cell, segments);
    if (neighbours.length === 0) continue;
    const brands = brandsNamedIn(neighbours.map((segment) => segment.text).join('\n'), registry);
    for (const rule of columnRules.filter((candidate) => brands.has(candidate.id))) {
      const item = readCell(rule, cell.text);
      if (item) report(rule, item, rule.finding.labelName, 'beside-brand', cell);
    }
  }
  return readings;
}
