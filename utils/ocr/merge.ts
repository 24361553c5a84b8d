/**
 * Merges what the barcode reader and OCR found in one image: the same kind and value is one reading that keeps
 * every source, the barcode's value (its symbology has its own check) and OCR's label (bars carry none).
 */
import { identifierRegistry, type IdentifierKind, type IdentifierRegistry } from '../identifiers/registry';
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

/** The readings the numbers section lists: kinds whose rule says `reported` (not ICCID or MEID, kept out of sight). */
export function reportedReadings<T extends { kind: string }>(
  readings: readonly T[],
  registry: IdentifierRegistry = identifierRegistry,
): T[] {
  return readings.filter((reading) => registry.reportedKinds.has(reading.kind));
}

/** Merged readings come in the registry's order of kinds, then by label, then top to bottom. */
export function mergeReadings<T extends NumberReading>(
  barcode: readonly T[],
  ocr: readonly T[],
  registry: IdentifierRegistry = identifierRegistry,
): T[] {
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
  const merged = [...byKey.values()].map((reading) =>
    reading.label === undefined ? (({ label: _label, ...rest }) => rest as T)(reading) : reading,
  );
  // An OCR misread of a number the bars gave exactly: same kind, same length, one or two characters off, invalid.
  const exact = merged.filter((reading) => reading.sources.includes('barcode') && reading.valid);
  const kept = merged.filter(
    (reading) =>
      reading.valid ||
      !exact.some(
        (good) => good.kind === reading.kind && good.value.length === reading.value.length && differences(good.value, reading.value) <= 2,
      ),
  );
  return kept.sort(
    (a, b) =>
      registry.order(a.kind) - registry.order(b.kind) ||
      (a.label ?? '~').localeCompare(b.label ?? '~') ||
      (a.box?.y ?? 0) - (b.box?.y ?? 0),
  );
}

function differences(a: string, b: string): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) count++;
  return count;
}
