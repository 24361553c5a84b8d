import type { NumbersOutcome } from './worker-protocol';
import type { TemplateValues } from '../templates/render';
import { chooseVariable, crossCheckNumbers, NO_CASE_NUMBERS, type CaseNumbers, type ReadNumber, type VariableChoice } from './cross-check';

/** The numbers read in a list of images, each tagged with its image (`id`, else its position in the list). */
export function readNumbersOf(images: ReadonlyArray<{ id?: string; outcome: NumbersOutcome | null }>): ReadNumber[] {
  return images.flatMap(({ id, outcome }, index) =>
    outcome?.kind === 'read'
      ? outcome.readings.map((reading) => ({
          imageId: id ?? String(index),
          kind: reading.kind,
          value: reading.value,
          valid: reading.valid,
          ...(reading.label ? { label: reading.label } : {}),
        }))
      : [],
  );
}

/**
 * What fills `imei` and `waybill`, and from where: the first valid IMEI (the one labelled IMEI 1 when a screenshot
 * shows both slots) and the first valid DHL Express waybill, unless they contradict the case's own numbers
 * (cross-check.ts), in which case the case's number is used or, lacking one of that kind, the agent types it.
 */
export function numbersReplyChoices(outcomes: ReadonlyArray<NumbersOutcome | null>, caseNumbers: CaseNumbers = NO_CASE_NUMBERS): VariableChoice[] {
  const readings = readNumbersOf(outcomes.map((outcome) => ({ outcome })));
  const validImeis = readings.filter((reading) => reading.kind === 'imei' && reading.valid);
  const imei = validImeis.find((reading) => reading.label === 'IMEI 1') ?? validImeis[0];
  const waybill = readings.find((reading) => reading.kind === 'dhl-express' && reading.valid);
  const checks = crossCheckNumbers(caseNumbers, readings);
  return [chooseVariable('imei', imei, checks), chooseVariable('waybill', waybill, checks)].filter((choice): choice is VariableChoice => choice !== null);
}

/**
 * The numbers read from a conversation's attachments as reply variables (see numbersReplyChoices). Invalid or
 * unchecked reads never fill a reply, nor does a read that contradicts the case; the fill-in form asks instead.
 */
export function numbersTemplateValues(outcomes: ReadonlyArray<NumbersOutcome | null>, caseNumbers: CaseNumbers = NO_CASE_NUMBERS): TemplateValues {
  return Object.fromEntries(numbersReplyChoices(outcomes, caseNumbers).flatMap((choice) => (choice.source === 'none' ? [] : [[choice.variable, choice.value]])));
}
