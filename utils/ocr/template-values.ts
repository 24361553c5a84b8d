import type { NumbersOutcome } from './worker-protocol';
import type { TemplateValues } from '../templates/render';

/**
 * The numbers read from a conversation's attachments as reply variables: the first valid IMEI (the one labelled
 * IMEI 1 when a screenshot shows both slots) and the first valid DHL Express waybill. Invalid or unchecked reads
 * never fill a reply; the fill-in form asks instead.
 */
export function numbersTemplateValues(outcomes: ReadonlyArray<NumbersOutcome | null>): TemplateValues {
  const readings = outcomes.flatMap((outcome) => (outcome?.kind === 'read' ? outcome.readings : []));
  const validImeis = readings.filter((reading) => reading.kind === 'imei' && reading.valid);
  const imei = validImeis.find((reading) => reading.label === 'IMEI 1') ?? validImeis[0];
  const waybill = readings.find((reading) => reading.kind === 'dhl-express' && reading.valid);
  return {
    ...(imei ? { imei: imei.value } : {}),
    ...(waybill ? { waybill: waybill.value } : {}),
  };
}
