/**
 * Merges what the barcode reader and OCR found in one image: the same kind and value is one reading that keeps
 * every source, the barcode's value (its symbology has its own check) and OCR's label (bars carry none).
 */
import type { IdentifierKind } from '../identifiers/registry';
import type { IdentifierLabel } from '../identifiers/extract';
import type { Box } from './box';

export type ReadingSource = 'barcode' | 'ocr';

export interface NumberReading {
  kind: IdentifierKind;
  /** Digits and uppercase letters only. */
  value: string;
  /** As printed, e.g. `35 693803 564380 9`. */
  formatted: string;
  valid: boolean;
  plausible?: boolean;
  label?: IdentifierLabel;
  /** The most reliable source: barcode when the bars gave it. */
  source: ReadingSource;
  sources: ReadingSource[];
  /** 0..1. */
  confidence: number;
  barcodeFormat?: string;
  /** Where it was read, in the pixels of the image it was read from. */
  box?: Box;
}

const KIND_ORDER: readonly IdentifierKind[] = ['imei', 'dhl-express', 'ups', 'dpd', 'eid', 'meid', 'iccid'];

export function mergeReadings<T extends NumberReading>(barcode: readonly T[], ocr: readonly T[]): T[] {
  const byKey = new Map<string, T>();
  for (const reading of [...barcode, ...ocr]) {
    const key = `${reading.kind}:${reading.value}`;
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, { ...reading, sources: [...reading.sources] });
      continue;
    }
    const sources = [...new Set([...existing.sources, ...reading.sources])];
    byKey.set(key, {
      ...existing,
      sources,
      label: existing.label ?? reading.label,
      // Two independent reads agreeing is stronger than either.
      confidence: Math.min(1, Math.max(existing.confidence, reading.confidence) + 0.05),
    });
  }
  const merged = [...byKey.values()].map((reading) => (reading.label === undefined ? (({ label: _label, ...rest }) => rest as T)(reading) : reading));
  // An OCR misread of a number the bars gave exactly: same kind, same length, one or two characters off, invalid.
  const exact = merged.filter((reading) => reading.sources.includes('barcode') && reading.valid);
  const kept = merged.filter(
    (reading) =>
      reading.valid ||
      !exact.some((good) => good.kind === reading.kind && good.value.length === reading.value.length && differences(good.value, reading.value) <= 2),
  );
  return kept.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.label ?? '~').localeCompare(b.label ?? '~') ||
      (a.box?.y ?? 0) - (b.box?.y ?? 0),
  );
}

function differences(a: string, b: string): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) count++;
  return count;
}
