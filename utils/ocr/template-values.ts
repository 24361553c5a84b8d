import type { NumbersOutcome } from './worker-protocol';
import type { TemplateValues } from '../templates/render';
import { identifierRegistry, type IdentifierRegistry } from '../identifiers/registry';
import { chooseVariable, crossCheckNumbers, NO_CASE_NUMBERS, type CaseNumbers, type ReadNumber, type VariableChoice } from './cross-check';

/** The numbers read in a list of images, each tagged with its image (`id`, else its position in the list). */
export function readNumbersOf(images: readonly { id?: string; outcome: NumbersOutcome | null }[]): ReadNumber[] {
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
export function numbersReplyChoices(
  outcomes: readonly (NumbersOutcome | null)[],
  caseNumbers: CaseNumbers = NO_CASE_NUMBERS,
  registry: IdentifierRegistry = identifierRegistry,
): VariableChoice[] {
  const readings = readNumbersOf(outcomes.map((outcome) => ({ outcome })));
  const checks = crossCheckNumbers(caseNumbers, readings);
  const choices: VariableChoice[] = [];
  // Each variable a rule fills (`imei` from IMEIs, `waybill` from DHL Express waybills) takes the first rule that
  // gives it a choice; within a rule, the number labelled slot 1 ("IMEI 1") comes first.
  for (const rule of registry.rules) {
    const fills = rule.finding.fills;
    if (!fills || choices.some((choice) => choice.variable === fills.variable)) continue;
    const valid = readings.filter((reading) => reading.kind === rule.id && reading.valid);
    const preferred = valid.find((reading) => reading.label === `${rule.finding.labelName} 1`) ?? valid[0];
    const choice = chooseVariable(fills.variable, preferred, checks);
    if (choice) choices.push(choice);
  }
  return choices;
}

/**
 * The numbers read from a conversation's attachments as reply variables (see numbersReplyChoices). Invalid or
 * unchecked reads never fill a reply, nor does a read that contradicts the case; the fill-in form asks instead.
 */
export function numbersTemplateValues(
  outcomes: readonly (NumbersOutcome | null)[],
  caseNumbers: CaseNumbers = NO_CASE_NUMBERS,
  registry: IdentifierRegistry = identifierRegistry,
): TemplateValues {
  return Object.fromEntries(
    numbersReplyChoices(outcomes, caseNumbers, registry).flatMap((choice) =>
      choice.source === 'none' ? [] : [[choice.variable, choice.value]],
    ),
  );
}
