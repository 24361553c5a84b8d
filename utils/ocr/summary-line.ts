import type { TemplateValues } from '../templates/render';
import { identifierRegistry, type IdentifierRegistry } from '../identifiers/registry';

/**
 * The Numbers section in one line ("IMEI ✓ · waybill ✓"): whether a valid number was read for each reply variable
 * a rule fills (utils/ocr/template-values.ts), how far the reading is, and whether anything disagrees.
 */
export interface NumbersSummaryFacts {
  readValues: TemplateValues;
  progress: { done: number; total: number };
  disagreements: number;
}

export function numbersSummaryLine(facts: NumbersSummaryFacts, registry: IdentifierRegistry = identifierRegistry): string | null {
  if (facts.progress.total === 0) return null;
  const filled = new Map<string, string>();
  for (const rule of registry.rules) {
    const fills = rule.finding.fills;
    if (fills && !filled.has(fills.variable)) filled.set(fills.variable, fills.summaryWord);
  }
  const marks = [...filled].map(([variable, word]) => `${word} ${typeof facts.readValues[variable] === 'string' ? '✓' : '–'}`);
  return [
    ...marks,
    facts.progress.done < facts.progress.total && `reading ${facts.progress.done} of ${facts.progress.total}`,
    facts.disagreements > 0 && `${facts.disagreements} to check`,
  ]
    .filter(Boolean)
    .join(' · ');
}
