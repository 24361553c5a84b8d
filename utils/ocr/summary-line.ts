import type { TemplateValues } from '../templates/render';

/**
 * The Numbers section in one line ("IMEI ✓ · waybill ✓"): whether a valid IMEI and DHL waybill were read (the
 * values that fill replies, utils/ocr/template-values.ts), how far the reading is, and whether anything disagrees.
 */
export interface NumbersSummaryFacts {
  readValues: TemplateValues;
  progress: { done: number; total: number };
  disagreements: number;
}

export function numbersSummaryLine(facts: NumbersSummaryFacts): string | null {
  if (facts.progress.total === 0) return null;
  const mark = (name: string) => (typeof facts.readValues[name] === 'string' ? '✓' : '–');
  return [
    `IMEI ${mark('imei')}`,
    `waybill ${mark('waybill')}`,
    facts.progress.done < facts.progress.total && `reading ${facts.progress.done} of ${facts.progress.total}`,
    facts.disagreements > 0 && `${facts.disagreements} to check`,
  ]
    .filter(Boolean)
    .join(' · ');
}
