import type { NumbersOutcome } from './worker-protocol';
import type { TemplateValues } from '../templates/render';
import { identifierRegistry, type IdentifierRegistry } from '../identifiers/registry';

/**
 * The numbers read from a conversation's attachments as reply variables: for each variable a rule fills (`imei`
 * from IMEIs, `waybill` from DHL Express waybills), the first valid number of that kind, the one labelled slot 1
 * ("IMEI 1") first when a screenshot shows both slots. Invalid or unchecked reads never fill a reply; the fill-in
 * form asks instead.
 */
export function numbersTemplateValues(outcomes: ReadonlyArray<NumbersOutcome | null>, registry: IdentifierRegistry = identifierRegistry): TemplateValues {
  const readings = outcomes.flatMap((outcome) => (outcome?.kind === 'read' ? outcome.readings : []));
  const values: Record<string, string> = {};
  for (const rule of registry.rules) {
    const fills = rule.finding.fills;
    if (!fills || typeof values[fills.variable] === 'string') continue;
    const valid = readings.filter((reading) => reading.kind === rule.id && reading.valid);
    const chosen = valid.find((reading) => reading.label === `${rule.finding.labelName} 1`) ?? valid[0];
    if (chosen) values[fills.variable] = chosen.value;
  }
  return values;
}
