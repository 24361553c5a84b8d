import { compactIdentifier } from './define';
import { dpdCheckCharacter, parseDpdBarcode } from './dpd';
import { getIdentifierRule, type IdentifierKind } from './registry';

/**
 * Finds identifiers in OCR text (or in one decoded barcode payload) and says which are valid.
 *
 * Policy, in order of importance:
 * - `valid` is always the rule's own check on the reported value: an invalid number is never reported as valid.
 * - OCR look-alikes (O/o -> 0, I/l/| -> 1, S -> 5, B -> 8) are repaired inside a digit run only when the repaired
 *   value validates; otherwise the run is dropped.
 * - A number printed right after its own label ("IMEI 2:", "EID", "WAYBILL", "Tracking #") is reported even when
 *   its check fails, as `valid: false`, so the agent sees a misread instead of nothing. Without a label, only valid
 *   (and, where the kind has such a test, plausible) numbers are reported.
 * - Numbers after another label (serial, model, part number, EAN/UPC, phone, account, reference, IMEISV...) or
 *   after a `+` (phone) are never reported.
 * - A DHL Express waybill (weak mod-7 check) needs its label (WAYBILL / AWB / DHL, or "Tracking" on a text that
 *   mentions DHL); MEID (no check digit) needs its label; a DPD number needs its check character (or the full DPD
 *   barcode text); UPS numbers are recognised by their `1Z` prefix and reported valid or not.
 * - Digits are grouped as printed ("35 693803 564380 9"): a number is made of whole groups, never part of one, so a
 *   32-digit EID or a 16-digit IMEISV is never cut into an IMEI. Groups joined across a line break count only
 *   beside a label.
 * - The same kind and value is reported once (first position; the label of any occurrence).
 */

export type IdentifierLabel = 'IMEI' | 'IMEI 1' | 'IMEI 2' | 'MEID' | 'EID' | 'ICCID' | 'Waybill' | 'Tracking' | 'Parcel';

export interface ExtractedIdentifier {
  kind: IdentifierKind;
  /** Normalized: digits and uppercase letters only. For DPD: parcel number + check character. */
  value: string;
  formatted: string;
  valid: boolean;
  /** Only for kinds with a plausibility test (IMEI reporting body, EID prefix). */
  plausible?: boolean;
  label?: IdentifierLabel;
  /** Offset in the input text of the number's first character. */
  index: number;
  /** The surrounding text, whitespace collapsed. */
  context: string;
}

export interface ExtractOptions {
  /** 'ocr' (default): free text where labels matter. 'barcode': the whole text is one decoded barcode payload. */
  source?: 'ocr' | 'barcode';
  /** Characters of context kept on each side (default 30). */
  contextChars?: number;
}

type LabelSort = 'imei' | 'meid' | 'eid' | 'iccid' | 'waybill' | 'tracking' | 'parcel' | 'other';

interface FoundLabel {
  sort: LabelSort;
  start: number;
  end: number;
  slot?: '1' | '2';
}

const NOT_ALNUM_BEFORE = '(?<![0-9A-Za-z])';
const NOT_ALNUM_AFTER = '(?![0-9A-Za-z])';
const NUMBER_WORD = String.raw`(?:\s*(?:No\.?|Nr\.?|Number|#))?`;
/** "IMEI" with the letters OCR confuses with I (1, l, |). */
const IMEI_WORD = '[I1l|]ME[I1l|]';

/** Longest match wins where labels overlap ("IMEISV" over "IMEI", "DHL Waybill" over "DHL"). */
const LABEL_PATTERNS: ReadonlyArray<{ sort: LabelSort; pattern: string }> = [
  { sort: 'other', pattern: `${IMEI_WORD}\\s*[/-]?\\s*SVN?${NOT_ALNUM_AFTER}` },
  { sort: 'imei', pattern: `${IMEI_WORD}\\s*/\\s*MEID${NOT_ALNUM_AFTER}` },
  {
    sort: 'imei',
    pattern: `${IMEI_WORD}(?:\\s*\\(?\\s*(?:(?:sim\\s*)?slot\\s*|sim\\s*)?([12])\\s*\\)?(?![0-9]))?${NUMBER_WORD}`,
  },
  { sort: 'meid', pattern: `MEID(?:\\s*\\(?HEX\\)?)?${NOT_ALNUM_AFTER}` },
  { sort: 'eid', pattern: `EID${NOT_ALNUM_AFTER}` },
  { sort: 'iccid', pattern: `(?:ICCID|SIM\\s*(?:card\\s*)?(?:number|No\\.?))${NOT_ALNUM_AFTER}` },
  {
    sort: 'waybill',
    pattern: `(?:(?:DHL\\s*(?:Express\\s*)?)?(?:Air\\s*)?Waybill|AWB|DHL(?:\\s+Express)?)${NUMBER_WORD}${NOT_ALNUM_AFTER}`,
  },
  { sort: 'tracking', pattern: `(?:Tracking|Track)(?:\\s*(?:No\\.?|Number|#|ID|Code))?` },
  { sort: 'parcel', pattern: `(?:Parcel${NUMBER_WORD}|Consignment${NUMBER_WORD}|Numer\\s+paczki|Paketnummer)` },
  { sort: 'other', pattern: `(?:Serial${NUMBER_WORD}|S/N|SN)${NOT_ALNUM_AFTER}` },
  { sort: 'other', pattern: `(?:Model(?:\\s*(?:name|No\\.?|Number))?|Part${NUMBER_WORD}|P/N|PN)${NOT_ALNUM_AFTER}` },
  { sort: 'other', pattern: `(?:EAN(?:-?13)?|UPC(?:-?A)?|GTIN|JAN)${NOT_ALNUM_AFTER}` },
  { sort: 'other', pattern: `(?<!About\\s+)(?:Tel(?:ephone)?|Phone|Mobile|Fax|Contact)${NUMBER_WORD}${NOT_ALNUM_AFTER}` },
  {
    sort: 'other',
    pattern: `(?:Account|Acc(?:t)?\\.?|Ref(?:erence)?\\s*\\d?|Order|Invoice|Customer|Shipment|Piece(?:\\s*ID)?|License\\s*Plate)${NUMBER_WORD}${NOT_ALNUM_AFTER}`,
  },
  { sort: 'other', pattern: `(?:Postcode|Post\\s*code|ZIP|Weight|Date)${NOT_ALNUM_AFTER}` },
];

const LABEL_REGEXES = LABEL_PATTERNS.map(({ sort, pattern }) => ({
  sort,
  regex: new RegExp(`${NOT_ALNUM_BEFORE}${pattern}`, 'gi'),
}));

function findLabels(text: string): FoundLabel[] {
  const found: FoundLabel[] = [];
  for (const { sort, regex } of LABEL_REGEXES) {
    for (const match of text.matchAll(regex)) {
      const slot = sort === 'imei' && (match[1] === '1' || match[1] === '2') ? match[1] : undefined;
      found.push({ sort, start: match.index, end: match.index + match[0].length, ...(slot ? { slot } : {}) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundLabel[] = [];
  for (const label of found) {
    const last = kept[kept.length - 1];
    if (last && label.start < last.end) continue;
    kept.push(label);
  }
  return kept;
}

/**
 * Label text replaced by a filler that is neither a letter, a digit nor a space: positions stay, label letters never
 * join a number, and numbers on either side of a label never join each other.
 */
const LABEL_FILLER = '\u0001';

function maskLabels(text: string, labels: readonly FoundLabel[]): string {
  let masked = '';
  let offset = 0;
  for (const label of labels) {
    masked += text.slice(offset, label.start) + LABEL_FILLER.repeat(label.end - label.start);
    offset = label.end;
  }
  return masked + text.slice(offset);
}

/** What may sit between a label and its number: punctuation and at most two line breaks. */
const LABEL_GAP = /^[\s:#.=\-–—|()[\]*>]*$/;

function labelBefore(text: string, labels: readonly FoundLabel[], position: number): FoundLabel | undefined {
  let candidate: FoundLabel | undefined;
  for (const label of labels) {
    if (label.end > position) break;
    candidate = label;
  }
  if (!candidate) return undefined;
  const gap = text.slice(candidate.end, position);
  if (gap.length > 40 || !LABEL_GAP.test(gap) || (gap.match(/\n/g)?.length ?? 0) > 2) return undefined;
  return candidate;
}

const LOOKALIKE_DIGITS: Readonly<Record<string, string>> = { O: '0', o: '0', I: '1', l: '1', '|': '1', S: '5', B: '8' };

function repairDigits(raw: string): string {
  return raw.replace(/[OoIl|SB]/g, (character) => LOOKALIKE_DIGITS[character] ?? character);
}

interface Claim {
  start: number;
  end: number;
}

class Collector {
  readonly found: ExtractedIdentifier[] = [];
  readonly claims: Claim[] = [];

  constructor(
    private readonly text: string,
    private readonly contextChars: number,
  ) {}

  isClaimed(start: number, end: number): boolean {
    return this.claims.some((claim) => start < claim.end && end > claim.start);
  }

  claim(start: number, end: number): void {
    this.claims.push({ start, end });
  }

  add(kind: IdentifierKind, value: string, start: number, end: number, label?: IdentifierLabel): void {
    const rule = getIdentifierRule(kind);
    const context = this.text
      .slice(Math.max(0, start - this.contextChars), Math.min(this.text.length, end + this.contextChars))
      .replace(/\s+/g, ' ')
      .trim();
    this.found.push({
      kind,
      value,
      formatted: rule.format(value),
      valid: rule.validate(value),
      ...(rule.plausible ? { plausible: rule.plausible(value) } : {}),
      ...(label ? { label } : {}),
      index: start,
      context,
    });
    this.claim(start, end);
  }
}

function imeiLabel(label: FoundLabel): IdentifierLabel {
  return label.slot ? `IMEI ${label.slot}` : 'IMEI';
}

// ---------------------------------------------------------------------------------------------------------------
// UPS: "1Z" + 16 alphanumerics, spaces allowed between characters as printed ("1Z 0FH 344 68 3174 4085").

const UPS_CANDIDATE = /(?<![0-9A-Za-z])([1Il|][Zz2])((?:[ -]?[0-9A-Za-z|]){16})(?![0-9A-Za-z])/g;

function findUps(masked: string, text: string, labels: readonly FoundLabel[], out: Collector): void {
  for (const match of masked.matchAll(UPS_CANDIDATE)) {
    const prefix = match[1] ?? '';
    const body = (match[2] ?? '').replace(/[ -]/g, '');
    // The shipper and service characters may be letters; only the last eight are digits, so only they are repaired.
    const head = body.slice(0, 8).toUpperCase();
    const tail = repairDigits(body.slice(8));
    if (!/^\d{8}$/.test(tail) || !/^[0-9A-Z]{8}$/.test(head)) continue;
    const value = `1Z${head}${tail}`;
    const repaired = prefix.toUpperCase() !== '1Z' || tail !== body.slice(8);
    const valid = getIdentifierRule('ups').validate(value);
    if (repaired && !valid) continue;
    const start = match.index;
    const end = start + match[0].length;
    const label = labelBefore(text, labels, start);
    // Tesseract reads "1Z" as "12" (realdata lbl10); an 18-digit number starting 12 is common, so that reading also
    // needs a Tracking label or a letter in the shipper part.
    if (prefix.endsWith('2') && label?.sort !== 'tracking' && !/[A-Z]/.test(head)) continue;
    out.add('ups', value, start, end, label?.sort === 'tracking' ? 'Tracking' : undefined);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// DPD: the full barcode text (postcode 7 + parcel 14 + service 3 + country 3 + check), then parcel + check char.

const DPD_BARCODE_TEXT = /(?<![0-9A-Za-z])%?((?:\d[ ]?){20}[0-9A-Z][ ]?(?:\d[ ]?){6}[0-9A-Z])(?![0-9A-Za-z])/y;
const DPD_PARCEL_WITH_CHECK = /(?<![0-9A-Za-z])((?:[0-9OoIlSB][ ]?){13}[0-9A-Z])([ ]?)([0-9A-Z])(?![0-9A-Za-z])/y;

/**
 * Matches of a sticky regex tried at every word start, so a wrong candidate that starts one group too early
 * (`1 0530 0000 0112 67 F`) cannot hide the right one as a leftmost, non-overlapping search would.
 */
function* matchesAtWordStarts(masked: string, sticky: RegExp): Generator<RegExpExecArray> {
  for (const word of masked.matchAll(/[0-9A-Za-z%|]+/g)) {
    sticky.lastIndex = word.index;
    const match = sticky.exec(masked);
    if (match) yield match;
  }
}

function findDpd(masked: string, text: string, labels: readonly FoundLabel[], out: Collector): void {
  for (const match of matchesAtWordStarts(masked, DPD_BARCODE_TEXT)) {
    const start = match.index;
    const end = start + match[0].length;
    if (out.isClaimed(start, end)) continue;
    const barcode = parseDpdBarcode(match[1] ?? '');
    // The printed check covers the parcel number, so a parcel number read from a valid barcode text is verified.
    if (!barcode?.checkCharacter || !barcode.valid) continue;
    const parcelStart = start + (match[0].startsWith('%') ? 1 : 0) + offsetAfterCharacters(match[1] ?? '', 7);
    out.add('dpd', barcode.parcelNumber + dpdCheckCharacter(barcode.parcelNumber), parcelStart, end);
  }
  const mentionsDpd = /(?<![A-Za-z])DPD(?![A-Za-z])/i.test(text);
  for (const match of matchesAtWordStarts(masked, DPD_PARCEL_WITH_CHECK)) {
    const start = match.index;
    const end = start + match[0].length;
    if (out.isClaimed(start, end)) continue;
    const rawParcel = (match[1] ?? '').replace(/ /g, '');
    if ((rawParcel.slice(0, 13).match(/\d/g)?.length ?? 0) < 10) continue;
    const check = match[3] ?? '';
    const value = repairDigits(rawParcel.slice(0, 13)) + rawParcel.slice(13) + check;
    const repaired = value !== rawParcel + check;
    const valid = getIdentifierRule('dpd').validate(value);
    if (repaired && !valid) continue;
    const label = labelBefore(text, labels, start);
    const labelText: IdentifierLabel | undefined =
      label?.sort === 'parcel' ? 'Parcel' : label?.sort === 'tracking' ? 'Tracking' : undefined;
    // An all-digit run is more often something else (an IMEI passes MOD 37,36 1 time in 36): it needs its check
    // character set apart and DPD named on the label or a parcel label. A letter check character is DPD's mark.
    const allDigits = /^\d+$/.test(value);
    const separated = match[2] === ' ';
    const looksDpd = !allDigits || (separated && (mentionsDpd || labelText !== undefined));
    if (valid && looksDpd) out.add('dpd', value, start, end, labelText);
    else if (!valid && labelText && !allDigits) out.add('dpd', value, start, end, labelText);
  }
}

/** Offset in `raw` (which may contain spaces) just after its first `count` non-space characters. */
function offsetAfterCharacters(raw: string, count: number): number {
  let seen = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== ' ') seen++;
    if (seen === count) {
      let next = i + 1;
      while (raw[next] === ' ') next++;
      return next;
    }
  }
  return raw.length;
}

// ---------------------------------------------------------------------------------------------------------------
// MEID: 14 hex characters right after an MEID label (it has no check digit, so never without one).

const MEID_AFTER_LABEL = /^[\s:#.=\-|()]*((?:[0-9A-Fa-f][ ]?){13}[0-9A-Fa-f])(?![ -]?[0-9A-Za-z])/;

function findMeid(masked: string, labels: readonly FoundLabel[], out: Collector): void {
  for (const label of labels) {
    if (label.sort !== 'meid') continue;
    const after = masked.slice(label.end);
    const match = MEID_AFTER_LABEL.exec(after);
    if (!match?.[1] || (match[0].match(/\n/g)?.length ?? 0) > 2) continue;
    const start = label.end + match[0].length - match[1].length;
    const end = label.end + match[0].length;
    if (out.isClaimed(start, end)) continue;
    out.add('meid', compactIdentifier(match[1]), start, end, 'MEID');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Digit runs: IMEI, EID, ICCID, DHL Express. A run is a sequence of digit groups joined by short spaces, a dash or
// one line break.

interface DigitGroup {
  raw: string;
  start: number;
  end: number;
  /** The joint before this group is a line break. */
  afterLineBreak: boolean;
}

interface DigitRun {
  groups: DigitGroup[];
  /** Preceded by "+": an international phone number. */
  phone: boolean;
}

const GROUP = /[0-9A-Za-z|]+/g;
const JOINT = /^(?:[ \t]{1,3}|[ \t]?[-–—][ \t]?|[ \t]*\r?\n[ \t]*)$/;

function isDigitGroup(raw: string): boolean {
  if (!/^[0-9OoIl|SB]+$/.test(raw)) return false;
  const digits = raw.match(/\d/g)?.length ?? 0;
  return raw.length <= 2 ? digits >= 1 : digits >= 2 && digits * 2 >= raw.length;
}

function findDigitRuns(masked: string, out: Collector): DigitRun[] {
  const runs: DigitRun[] = [];
  let current: DigitRun | undefined;
  let previousEnd = -1;
  for (const match of masked.matchAll(GROUP)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    if (!isDigitGroup(raw) || out.isClaimed(start, end)) {
      current = undefined;
      continue;
    }
    const joint = masked.slice(previousEnd, start);
    if (current && JOINT.test(joint)) {
      current.groups.push({ raw, start, end, afterLineBreak: joint.includes('\n') });
    } else {
      current = { groups: [{ raw, start, end, afterLineBreak: false }], phone: /\+\s?$/.test(masked.slice(Math.max(0, start - 2), start)) };
      runs.push(current);
    }
    previousEnd = end;
  }
  return runs;
}

type RunKind = 'eid' | 'iccid' | 'imei' | 'dhl-express';

const RUN_KINDS: ReadonlyArray<{ kind: RunKind; lengths: readonly number[]; labelSort: LabelSort }> = [
  { kind: 'eid', lengths: [32], labelSort: 'eid' },
  { kind: 'iccid', lengths: [20, 19], labelSort: 'iccid' },
  { kind: 'imei', lengths: [15], labelSort: 'imei' },
  { kind: 'dhl-express', lengths: [10], labelSort: 'waybill' },
];

/** How IMEIs are printed when split: 2-6-6-1 (35 693803 564380 9) and TAC-serial-check 8-6-1. */
const IMEI_LAYOUTS = ['2-6-6-1', '8-6-1'];

function runLabelText(kind: RunKind, label: FoundLabel): IdentifierLabel {
  switch (kind) {
    case 'imei':
      return imeiLabel(label);
    case 'eid':
      return 'EID';
    case 'iccid':
      return 'ICCID';
    case 'dhl-express':
      return label.sort === 'tracking' ? 'Tracking' : 'Waybill';
  }
}

function findInDigitRuns(masked: string, text: string, labels: readonly FoundLabel[], out: Collector): void {
  const trackingMeansDhl = /(?<![A-Za-z])DHL(?![A-Za-z])/i.test(text);
  for (const run of findDigitRuns(masked, out)) {
    const first = run.groups[0];
    if (!first || run.phone) continue;
    const runLabel = labelBefore(text, labels, first.start);
    if (runLabel?.sort === 'other') continue;
    let i = 0;
    while (i < run.groups.length) {
      const accepted = acceptSpanAt(run, i, i === 0 ? runLabel : undefined, trackingMeansDhl);
      if (accepted) {
        const startGroup = run.groups[i];
        const endGroup = run.groups[accepted.lastGroup];
        if (startGroup && endGroup) out.add(accepted.kind, accepted.value, startGroup.start, endGroup.end, accepted.label);
        i = accepted.lastGroup + 1;
      } else {
        i++;
      }
    }
  }
}

function acceptSpanAt(
  run: DigitRun,
  startIndex: number,
  label: FoundLabel | undefined,
  trackingMeansDhl: boolean,
): { kind: RunKind; value: string; lastGroup: number; label?: IdentifierLabel } | undefined {
  for (const { kind, lengths, labelSort } of RUN_KINDS) {
    let length = 0;
    let crossesLineBreak = false;
    const sizes: number[] = [];
    for (let j = startIndex; j < run.groups.length; j++) {
      const group = run.groups[j];
      if (!group) break;
      if (j > startIndex && group.afterLineBreak) crossesLineBreak = true;
      length += group.raw.length;
      sizes.push(group.raw.length);
      if (length > Math.max(...lengths)) break;
      if (!lengths.includes(length)) continue;
      const raw = run.groups.slice(startIndex, j + 1).map((g) => g.raw).join('');
      const value = repairDigits(raw);
      const rule = getIdentifierRule(kind);
      const valid = rule.validate(value);
      if (value !== raw && !valid) continue;
      const labelled =
        label !== undefined &&
        (label.sort === labelSort || (kind === 'dhl-express' && label.sort === 'tracking' && trackingMeansDhl));
      if (labelled) return { kind, value, lastGroup: j, label: runLabelText(kind, label) };
      if (!valid || crossesLineBreak || kind === 'dhl-express') continue;
      if (rule.plausible && !rule.plausible(value)) continue;
      if (kind === 'imei' && sizes.length > 1 && !IMEI_LAYOUTS.includes(sizes.join('-'))) continue;
      return { kind, value, lastGroup: j };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Barcode payloads: the symbology has its own check, so the whole payload is taken at face value.

function extractFromBarcode(payload: string, out: Collector): void {
  const value = compactIdentifier(payload.replace(/^\s*%/, ''));
  const start = Math.max(0, payload.search(/[0-9A-Za-z]/));
  const end = payload.trimEnd().length;
  if (/^1Z[0-9A-Z]{16}$/.test(value)) return out.add('ups', value, start, end);
  // A DPD barcode starts with "%"; its printed check character is not in the bars, so without "%" one is required.
  const dpdBarcode = parseDpdBarcode(payload);
  if (dpdBarcode?.valid && (payload.trimStart().startsWith('%') || dpdBarcode.checkCharacter)) {
    return out.add('dpd', dpdBarcode.parcelNumber + dpdCheckCharacter(dpdBarcode.parcelNumber), start, end);
  }
  const candidates: IdentifierKind[] = ['eid', 'iccid', 'imei', 'dpd', 'dhl-express'];
  for (const kind of candidates) {
    if (getIdentifierRule(kind).validate(value)) return out.add(kind, value, start, end);
  }
}

// ---------------------------------------------------------------------------------------------------------------

function deduplicate(found: readonly ExtractedIdentifier[]): ExtractedIdentifier[] {
  const byKey = new Map<string, ExtractedIdentifier>();
  for (const item of [...found].sort((a, b) => a.index - b.index)) {
    const key = `${item.kind}:${item.value}`;
    const existing = byKey.get(key);
    if (!existing) byKey.set(key, item);
    else if (!existing.label && item.label) byKey.set(key, { ...existing, label: item.label });
  }
  return [...byKey.values()];
}

/** "IMEI" beside "IMEI 2" (iPhone *#06#, some About screens) is the first slot. */
function completeImeiSlots(found: ExtractedIdentifier[]): ExtractedIdentifier[] {
  const imeis = found.filter((item) => item.kind === 'imei');
  const plain = imeis.filter((item) => item.label === 'IMEI');
  if (plain.length !== 1 || !imeis.some((item) => item.label === 'IMEI 2')) return found;
  return found.map((item) => (item === plain[0] ? { ...item, label: 'IMEI 1' } : item));
}

export function extractIdentifiers(text: string, options: ExtractOptions = {}): ExtractedIdentifier[] {
  // Same length replacements only, so `index` points into the caller's text.
  const normalizedText = text.replace(/[\u00A0\u2007\u202F]/g, ' ').replace(/\r/g, ' ');
  const out = new Collector(normalizedText, options.contextChars ?? 30);
  if (options.source === 'barcode') {
    extractFromBarcode(normalizedText, out);
    return out.found;
  }
  const labels = findLabels(normalizedText);
  const masked = maskLabels(normalizedText, labels);
  findUps(masked, normalizedText, labels, out);
  findDpd(masked, normalizedText, labels, out);
  findMeid(masked, labels, out);
  findInDigitRuns(masked, normalizedText, labels, out);
  return completeImeiSlots(deduplicate(out.found));
}
