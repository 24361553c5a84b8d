import { allLabelWords, matchesAtWordStarts, repairDigits, TRACKING_LABELS, type IdentifierRule, type TextScan } from './define';
import { identifierRegistry, type IdentifierKind, type IdentifierRegistry } from './registry';

/**
 * Finds identifiers in OCR text (or in one decoded barcode payload) and says which are valid. What each kind looks
 * like, which labels announce it and where it may stand comes from its rule (`finding`, see define.ts); this file
 * only applies the policy, the same for every kind.
 *
 * Policy, in order of importance:
 * - `valid` is always the rule's own check on the reported value: an invalid number is never reported as valid.
 * - OCR look-alikes (O/o -> 0, I/l/| -> 1, S -> 5, B -> 8) are repaired inside a digit run only when the repaired
 *   value validates; otherwise the run is dropped.
 * - A number printed right after a label that announces its kind ("IMEI 2:", "EID", "WAYBILL", "Tracking #") is
 *   reported even when its check fails, as `valid: false`, so the agent sees a misread instead of nothing. Without
 *   such a label, a kind is reported as its rule's `layouts.unlabelled` says: only valid (and plausible), valid or
 *   not (UPS 1Z), or never (DHL's weak mod 7, FedEx's 12 digits, MEID without a check).
 * - The generic tracking labels announce a carrier whose rule says 'always', or 'with-brand' when one of its brands
 *   is named in the text.
 * - In a text that names a kind whose rule says `plausibleWhereNamed` (an IMEI label anywhere), a plausible value
 *   printed as one group on its own is reported valid or not, label or no label right before it.
 * - Numbers after another label (serial, model, part number, EAN/UPC, phone, account, reference, IMEISV...) or
 *   after a `+` (phone) are never reported.
 * - Digits are grouped as printed ("35 693803 564380 9"): a number is made of whole groups, never part of one, so a
 *   32-digit EID or a 16-digit IMEISV is never cut into an IMEI. Groups joined across a line break count only
 *   beside a label.
 * - The same kind and value is reported once (first position; the label of any occurrence).
 */

/** What the panel calls the label a number was read after ("IMEI 2", "Waybill", "Tracking"), from the rules. */
export type IdentifierLabel = string;

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
  /** The rules to read with (default: every registered kind). */
  registry?: IdentifierRegistry;
}

export interface FoundLabel {
  start: number;
  end: number;
  /** The kinds this label announces (empty for labels of things that are not identifiers). */
  kinds: ReadonlySet<string>;
  /** What the panel calls a number read after it. */
  name: string;
  /** A label of something that is not an identifier (serial, phone, account...). */
  other: boolean;
  /** One of the generic tracking labels (its kinds depend on the brands named nearby). */
  generic: boolean;
}

const NOT_ALNUM_BEFORE = '(?<![0-9A-Za-z])';
const NOT_ALNUM_AFTER = '(?![0-9A-Za-z])';
const NUMBER_WORD = String.raw`(?:\s*(?:No\.?|Nr\.?|N[°º]|Number|#|ID))?`;

/** Labels of what is not an identifier: a number right after one is never reported. */
const OTHER_LABEL_PATTERNS: readonly string[] = [
  `[I1l|]ME[I1l|]\\s*[/-]?\\s*SVN?${NOT_ALNUM_AFTER}`,
  `(?:Serial${NUMBER_WORD}|S/N|SN)${NOT_ALNUM_AFTER}`,
  `(?:Model(?:\\s*(?:name|No\\.?|Number))?|Part${NUMBER_WORD}|P/N|PN)${NOT_ALNUM_AFTER}`,
  `(?:EAN(?:-?13)?|UPC(?:-?A)?|GTIN|JAN)${NOT_ALNUM_AFTER}`,
  `(?<!About\\s+)(?:Tel(?:ephone)?|Phone|Mobile|Fax|Contact)${NUMBER_WORD}${NOT_ALNUM_AFTER}`,
  `(?:Account|Acc(?:t)?\\.?|Ref(?:erence)?\\s*\\d?|Order|Invoice|Customer|Shipment|Piece(?:\\s*ID)?|License\\s*Plate)${NUMBER_WORD}${NOT_ALNUM_AFTER}`,
  `(?:Postcode|Post\\s*code|ZIP|Weight|Date)${NOT_ALNUM_AFTER}`,
];

const ACCENT_FREE: Readonly<Record<string, string>> = {
  é: 'e',
  è: 'e',
  ê: 'e',
  à: 'a',
  á: 'a',
  í: 'i',
  ì: 'i',
  ó: 'o',
  ò: 'o',
  ú: 'u',
  ù: 'u',
  ñ: 'n',
  ü: 'u',
  ö: 'o',
  ä: 'a',
  ç: 'c',
};

/** A label word as a pattern: flexible spaces, accents optional, "N°" also read as "No". */
export function labelWordPattern(word: string): string {
  let pattern = '';
  for (const character of word) {
    const lower = character.toLowerCase();
    if (/\s/.test(character)) pattern += '\\s*';
    else if (character === '°' || character === 'º') pattern += '[°º.o]?';
    else if (ACCENT_FREE[lower]) pattern += `[${lower}${ACCENT_FREE[lower]}]`;
    else pattern += character.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  const endsInWordCharacter = /[0-9A-Za-zÀ-ÿ]$/.test(word);
  return `${pattern}${NUMBER_WORD}${endsInWordCharacter ? NOT_ALNUM_AFTER : ''}`;
}

interface LabelSpec {
  regex: RegExp;
  /** The rule the label is its own; undefined for the generic tracking labels and labels of other things. */
  rule?: IdentifierRule;
  tracking: boolean;
  other: boolean;
}

interface CompiledRegistry {
  specs: LabelSpec[];
  brandRegexes: Map<string, RegExp>;
}

const compiled = new WeakMap<IdentifierRegistry, CompiledRegistry>();

function compile(registry: IdentifierRegistry): CompiledRegistry {
  const cached = compiled.get(registry);
  if (cached) return cached;
  const regex = (pattern: string) => new RegExp(`${NOT_ALNUM_BEFORE}(?:${pattern})`, 'gi');
  const specs: LabelSpec[] = [];
  for (const rule of registry.rules) {
    for (const pattern of rule.finding.labelPatterns ?? []) specs.push({ regex: regex(pattern), rule, tracking: false, other: false });
    for (const word of allLabelWords(rule.finding.labels))
      specs.push({ regex: regex(labelWordPattern(word)), rule, tracking: false, other: false });
  }
  for (const word of allLabelWords(TRACKING_LABELS)) specs.push({ regex: regex(labelWordPattern(word)), tracking: true, other: false });
  for (const pattern of OTHER_LABEL_PATTERNS) specs.push({ regex: regex(pattern), tracking: false, other: true });
  const brandRegexes = new Map<string, RegExp>();
  for (const rule of registry.rules) {
    const brands = rule.finding.brands ?? [];
    if (brands.length > 0)
      brandRegexes.set(
        rule.id,
        new RegExp(
          `(?<![A-Za-z])(?:${brands.map((brand) => labelWordPattern(brand).replace(NUMBER_WORD, '')).join('|')})(?![A-Za-z])`,
          'i',
        ),
      );
  }
  const result = { specs, brandRegexes };
  compiled.set(registry, result);
  return result;
}

/** The kinds whose brand is named in `text` (DHL, FedEx...). */
export function brandsNamedIn(text: string, registry: IdentifierRegistry = identifierRegistry): Set<string> {
  const named = new Set<string>();
  for (const [kind, regex] of compile(registry).brandRegexes) if (regex.test(text)) named.add(kind);
  return named;
}

/** The kinds a generic tracking label announces, given the brands named nearby. */
export function kindsAnnouncedByTracking(registry: IdentifierRegistry, brandsNamed: ReadonlySet<string>): Set<string> {
  return new Set(
    registry.rules
      .filter(
        (rule) => rule.finding.trackingLabels === 'always' || (rule.finding.trackingLabels === 'with-brand' && brandsNamed.has(rule.id)),
      )
      .map((rule) => rule.id),
  );
}

/** The labels in `text`, overlaps resolved (the longest wins), each with the kinds it announces. */
export function findLabels(text: string, registry: IdentifierRegistry, brandsNamed: ReadonlySet<string>): FoundLabel[] {
  const trackingKinds = kindsAnnouncedByTracking(registry, brandsNamed);
  const found: FoundLabel[] = [];
  for (const spec of compile(registry).specs) {
    spec.regex.lastIndex = 0;
    for (const match of text.matchAll(spec.regex)) {
      const slot = match[1] === '1' || match[1] === '2' ? match[1] : undefined;
      const base = { start: match.index, end: match.index + match[0].length };
      if (spec.rule) {
        const name = slot ? `${spec.rule.finding.labelName} ${slot}` : spec.rule.finding.labelName;
        found.push({ ...base, kinds: new Set([spec.rule.id]), name, other: false, generic: false });
      } else if (spec.tracking) {
        found.push({ ...base, kinds: trackingKinds, name: 'Tracking', other: false, generic: true });
      } else {
        found.push({ ...base, kinds: new Set(), name: '', other: true, generic: false });
      }
    }
  }
  // Longest match wins where labels overlap ("IMEISV" over "IMEI", "DHL Waybill" over "DHL"); on a tie the first
  // declared (a rule's own label before the generic ones).
  const order = new Map(found.map((label, index) => [label, index]));
  found.sort((a, b) => a.start - b.start || b.end - a.end || order.get(a)! - order.get(b)!);
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

/** What may sit between a label and its number: punctuation (";" too, as OCR often reads a colon) and at most two line breaks. */
const LABEL_GAP = /^[\s:;#.=\-–—|()[\]*>]*$/;

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

  add(rule: IdentifierRule, value: string, start: number, end: number, label?: IdentifierLabel): void {
    const context = this.text
      .slice(Math.max(0, start - this.contextChars), Math.min(this.text.length, end + this.contextChars))
      .replace(/\s+/g, ' ')
      .trim();
    this.found.push({
      kind: rule.id as IdentifierKind,
      value,
      formatted: rule.format(value),
      valid: rule.validate(value),
      ...(rule.plausible ? { plausible: rule.plausible(value) } : {}),
      ...(label ? { label } : {}),
      index: start,
      context,
    });
    this.claims.push({ start, end });
  }
}

interface Reading {
  text: string;
  masked: string;
  labels: FoundLabel[];
  brandsNamed: ReadonlySet<string>;
  out: Collector;
}

// ---------------------------------------------------------------------------------------------------------------
// Kinds printed as a pattern (UPS 1Z, S10, MEID) or read by their own scan (DPD).

function findPrinted(rule: IdentifierRule, reading: Reading): void {
  const { printed, layouts } = rule.finding;
  if (printed.kind === 'scan') {
    const scan: TextScan = {
      masked: reading.masked,
      text: reading.text,
      brandNamed: reading.brandsNamed.has(rule.id),
      labelBefore(position) {
        const label = labelBefore(reading.text, reading.labels, position);
        return label && { announces: label.kinds.has(rule.id), name: label.name, other: label.other };
      },
      isClaimed: (start, end) => reading.out.isClaimed(start, end),
      add: (value, start, end, label) => reading.out.add(rule, value, start, end, label),
    };
    printed.scan(scan);
    return;
  }
  if (printed.kind !== 'pattern') return;
  for (const match of matchesAtWordStarts(reading.masked, printed.pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (reading.out.isClaimed(start, end)) continue;
    const label = labelBefore(reading.text, reading.labels, start);
    // eslint-disable-next-line @typescript-eslint/prefer-optional-chain -- the explicit check narrows `label` for the lines below
    const labelled = label !== undefined && label.kinds.has(rule.id);
    const read = printed.read(match, labelled);
    if (!read) continue;
    const valid = rule.validate(read.value);
    if (read.repaired && !valid) continue;
    if (!labelled) {
      if (layouts.unlabelled === 'never' || (layouts.unlabelled === 'valid' && !valid)) continue;
      if (label?.other && layouts.unlabelled !== 'any') continue;
      if (layouts.unlabelled === 'valid' && rule.plausible && !rule.plausible(read.value)) continue;
    }
    reading.out.add(rule, read.value, start, end, labelled ? label.name : undefined);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Digit runs: kinds printed as digit groups (IMEI, EID, ICCID, DHL Express, FedEx). A run is a sequence of digit
// groups joined by short spaces, a dash or one line break.

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

/** Digit-group kinds, longest first: a 32-digit EID is tried before an IMEI could be cut out of it. */
function digitKinds(registry: IdentifierRegistry): IdentifierRule[] {
  return registry.rules
    .filter((rule) => rule.finding.printed.kind === 'digit-groups')
    .map((rule, index) => ({ rule, index, longest: Math.max(...rule.finding.lengths) }))
    .sort((a, b) => b.longest - a.longest || a.index - b.index)
    .map(({ rule }) => rule);
}

function findInDigitRuns(reading: Reading, registry: IdentifierRegistry): void {
  const kinds = digitKinds(registry);
  const named = new Set(reading.labels.filter((label) => !label.generic && !label.other).flatMap((label) => [...label.kinds]));
  for (const run of findDigitRuns(reading.masked, reading.out)) {
    const first = run.groups[0];
    if (!first || run.phone) continue;
    const runLabel = labelBefore(reading.text, reading.labels, first.start);
    if (runLabel?.other) continue;
    // The kinds the label announces are tried first: "Tracking number" + 15 digits on a FedEx screen is FedEx
    // Ground even where the digits also pass as an IMEI.
    const ordered = runLabel
      ? [...kinds.filter((rule) => runLabel.kinds.has(rule.id)), ...kinds.filter((rule) => !runLabel.kinds.has(rule.id))]
      : kinds;
    let i = 0;
    while (i < run.groups.length) {
      const accepted = acceptSpanAt(run, i, ordered, i === 0 ? runLabel : undefined, named);
      if (accepted) {
        const startGroup = run.groups[i];
        const endGroup = run.groups[accepted.lastGroup];
        if (startGroup && endGroup) reading.out.add(accepted.rule, accepted.value, startGroup.start, endGroup.end, accepted.label);
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
  kinds: readonly IdentifierRule[],
  label: FoundLabel | undefined,
  named: ReadonlySet<string>,
): { rule: IdentifierRule; value: string; lastGroup: number; label?: IdentifierLabel } | undefined {
  for (const rule of kinds) {
    const { lengths, layouts, printed } = rule.finding;
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
      const raw = run.groups
        .slice(startIndex, j + 1)
        .map((g) => g.raw)
        .join('');
      const value = repairDigits(raw);
      const valid = rule.validate(value);
      if (value !== raw && !valid) continue;
      if (label?.kinds.has(rule.id)) return { rule, value, lastGroup: j, label: label.name };
      const standsAlone = run.groups.length === 1 && value === raw && !label;
      if (!valid && standsAlone && layouts.plausibleWhereNamed && named.has(rule.id) && rule.plausible?.(value))
        return { rule, value, lastGroup: j };
      if (!valid || crossesLineBreak || layouts.unlabelled === 'never') continue;
      if (rule.plausible && !rule.plausible(value)) continue;
      const groupings = printed.kind === 'digit-groups' ? printed.unlabelledGroupings : undefined;
      if (groupings && sizes.length > 1 && !groupings.includes(sizes.join('-'))) continue;
      return { rule, value, lastGroup: j };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Barcode payloads: the symbology has its own check, so the payload is taken at face value, as its rule reads it.

function extractFromBarcode(payload: string, registry: IdentifierRegistry, out: Collector): void {
  const start = Math.max(0, payload.search(/[0-9A-Za-z]/));
  const end = payload.trimEnd().length;
  const candidates = registry.rules.flatMap((rule) => {
    const value = rule.finding.layouts.barcode?.(payload);
    return value === undefined ? [] : [{ rule, value }];
  });
  const valid = candidates.find(({ rule, value }) => rule.validate(value));
  // A shape distinctive enough to show a failing check (UPS 1Z, FedEx's own barcodes) is reported from the bars too,
  // as not valid.
  const distinctive = candidates.find(({ rule }) => rule.finding.layouts.unlabelled === 'any' || rule.finding.layouts.failingBarcodeShown);
  const chosen = valid ?? distinctive;
  if (chosen) out.add(chosen.rule, chosen.value, start, end);
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

/** "IMEI" beside "IMEI 2" (iPhone *#06#, some About screens) is the first slot; the same for any slotted kind. */
function completeSlots(found: ExtractedIdentifier[], registry: IdentifierRegistry): ExtractedIdentifier[] {
  let result = found;
  for (const rule of registry.rules) {
    const name = rule.finding.labelName;
    const ofKind = result.filter((item) => item.kind === rule.id);
    const plain = ofKind.filter((item) => item.label === name);
    if (plain.length !== 1 || !ofKind.some((item) => item.label === `${name} 2`)) continue;
    result = result.map((item) => (item === plain[0] ? { ...item, label: `${name} 1` } : item));
  }
  return result;
}

export function extractIdentifiers(text: string, options: ExtractOptions = {}): ExtractedIdentifier[] {
  const registry = options.registry ?? identifierRegistry;
  // Same length replacements only, so `index` points into the caller's text.
  const normalizedText = text.replace(/[\u00A0\u2007\u202F]/g, ' ').replace(/\r/g, ' ');
  const out = new Collector(normalizedText, options.contextChars ?? 30);
  if (options.source === 'barcode') {
    extractFromBarcode(normalizedText, registry, out);
    return out.found;
  }
  const brandsNamed = brandsNamedIn(normalizedText, registry);
  const labels = findLabels(normalizedText, registry, brandsNamed);
  const reading: Reading = { text: normalizedText, masked: maskLabels(normalizedText, labels), labels, brandsNamed, out };
  for (const rule of registry.rules) findPrinted(rule, reading);
  findInDigitRuns(reading, registry);
  return completeSlots(deduplicate(out.found), registry);
}
