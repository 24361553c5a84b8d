/**
 * Numbers read from attachments against the numbers the case already has from the platform's own data: the
 * order's IMEI and the return shipment's tracking number. A read number that differs is flagged and never chosen
 * for a reply by itself; the case's own number is used instead when it is of the kind the reply asks for, and the
 * panel says which one was used.
 *
 * Only the return shipment's tracking number counts: the order's tracking number is the outbound parcel's, which a
 * return label never carries (see disagreements.ts).
 */
import type { IdentifierKind } from '../identifiers/registry';
import { compactIdentifier } from '../identifiers/define';
import { dhlExpress } from '../identifiers/dhl-express';
import { formatList, t } from '../i18n/translate';

/** The numbers a case carries in the platform's own data, compact (letters and digits only). */
export interface CaseNumbers {
  /** The device's IMEIs as the order records them. */
  imeis: readonly string[];
  /** Tracking numbers of the customer's return shipment (never the order's outbound parcel). */
  returnTracking: readonly string[];
}

export const NO_CASE_NUMBERS: CaseNumbers = { imeis: [], returnTracking: [] };

export function caseNumbersOf(snapshot: { deviceImeis?: readonly string[]; returnTrackingNumbers?: readonly string[] }): CaseNumbers {
  const compactAll = (values: readonly string[] | undefined) => [...new Set((values ?? []).map(compactIdentifier).filter(Boolean))];
  return { imeis: compactAll(snapshot.deviceImeis), returnTracking: compactAll(snapshot.returnTrackingNumbers) };
}

/** One number read from one attachment. */
export interface ReadNumber {
  /** The attachment it was read from (its URL). */
  imageId: string;
  /** An identifier kind (utils/identifiers/registry.ts), as stored readings carry it. */
  kind: string;
  value: string;
  valid: boolean;
  label?: string;
}

export type CrossCheckSubject = 'imei' | 'return-tracking';

export interface CrossCheck {
  subject: CrossCheckSubject;
  /** The case's own numbers for this subject. */
  caseValues: readonly string[];
  /** Valid numbers read that the case's own numbers confirm. */
  matching: readonly ReadNumber[];
  /** Valid numbers read that contradict the case's own: flagged, never put in a reply. */
  differing: readonly ReadNumber[];
}

/** Carrier numbers, compared with the return shipment's tracking number. */
const TRACKING_KINDS: ReadonlySet<string> = new Set<IdentifierKind>(['dhl-express', 'ups', 'dpd']);

const SUBJECT_KINDS: Record<CrossCheckSubject, (kind: string) => boolean> = {
  imei: (kind) => kind === 'imei',
  'return-tracking': (kind) => TRACKING_KINDS.has(kind),
};

function sameTracking(read: string, known: string): boolean {
  // A DPD number read with its check character; the platform may store it without.
  return read === known || read.startsWith(known) || known.startsWith(read);
}

/**
 * One cross-check per subject the case has numbers for and at least one valid number was read for. Invalid reads
 * are left out: they are flagged as misreads already and never fill a reply.
 */
export function crossCheckNumbers(caseNumbers: CaseNumbers, readings: readonly ReadNumber[]): CrossCheck[] {
  const checks: CrossCheck[] = [];
  const valid = (subject: CrossCheckSubject) => readings.filter((reading) => reading.valid && SUBJECT_KINDS[subject](reading.kind));

  const imeis = valid('imei');
  if (caseNumbers.imeis.length > 0 && imeis.length > 0) {
    const known = (reading: ReadNumber) => caseNumbers.imeis.includes(compactIdentifier(reading.value));
    // A phone has two IMEIs and an order may record one: an image showing the order's IMEI vouches for the other
    // slot shown beside it.
    const confirmedImages = new Set(imeis.filter(known).map((reading) => reading.imageId));
    checks.push({
      subject: 'imei',
      caseValues: caseNumbers.imeis,
      matching: imeis.filter((reading) => confirmedImages.has(reading.imageId)),
      differing: imeis.filter((reading) => !confirmedImages.has(reading.imageId)),
    });
  }

  const tracking = valid('return-tracking');
  if (caseNumbers.returnTracking.length > 0 && tracking.length > 0) {
    const known = (reading: ReadNumber) =>
      caseNumbers.returnTracking.some((number) => sameTracking(compactIdentifier(reading.value), number));
    checks.push({
      subject: 'return-tracking',
      caseValues: caseNumbers.returnTracking,
      matching: tracking.filter(known),
      differing: tracking.filter((reading) => !known(reading)),
    });
  }
  return checks;
}

/** The reply variables the cross-checks decide, and the kind of number each takes. */
export type CheckedVariable = 'imei' | 'waybill';
const VARIABLE_SUBJECT: Record<CheckedVariable, { subject: CrossCheckSubject; kind: IdentifierKind; accepts: (value: string) => boolean }> =
  {
    imei: { subject: 'imei', kind: 'imei', accepts: (value) => /^\d{15}$/.test(value) },
    waybill: { subject: 'return-tracking', kind: 'dhl-express', accepts: (value) => dhlExpress.validate(value) },
  };

/**
 * What a reply variable is filled with once the case's own numbers are taken into account:
 * - `read`: the read number, which agrees with the case (or the case has none to compare with);
 * - `case`: a read number contradicts the case, so the case's own number is used;
 * - `none`: a read number contradicts the case and the case has none of the right kind: the agent types it.
 */
export type VariableChoice =
  | { variable: CheckedVariable; source: 'read'; value: string }
  | { variable: CheckedVariable; source: 'case'; value: string; instead: readonly string[] }
  | { variable: CheckedVariable; source: 'none'; instead: readonly string[] };

/**
 * Decides `variable` from the first valid read candidate (`preferred`, already chosen by the caller's own rules)
 * and the cross-checks. Null when nothing was read for it.
 */
export function chooseVariable(
  variable: CheckedVariable,
  preferred: ReadNumber | undefined,
  checks: readonly CrossCheck[],
): VariableChoice | null {
  const { subject, kind, accepts } = VARIABLE_SUBJECT[variable];
  const check = checks.find((item) => item.subject === subject);
  const reads = check ? [...check.matching, ...check.differing].filter((reading) => reading.kind === kind) : [];
  if (!check || reads.length === 0) return preferred ? { variable, source: 'read', value: preferred.value } : null;
  // The preferred read when the case confirms it, else any read the case confirms.
  const confirmed = check.matching.filter((reading) => reading.kind === kind);
  const agreeing = confirmed.find((reading) => reading.value === preferred?.value) ?? confirmed[0];
  if (agreeing && check.differing.every((reading) => reading.kind !== kind)) return { variable, source: 'read', value: agreeing.value };
  const instead = [...new Set(check.differing.filter((reading) => reading.kind === kind).map((reading) => reading.value))];
  const own = check.caseValues.find(accepts);
  return own ? { variable, source: 'case', value: own, instead } : { variable, source: 'none', instead };
}

/** One line of the panel's cross-checks: a disagreement to look at, or a confirmation. */
export interface CrossCheckLine {
  subject: CrossCheckSubject;
  differs: boolean;
  text: string;
}

const CASE_VARIABLES: Record<CrossCheckSubject, CheckedVariable> = { imei: 'imei', 'return-tracking': 'waybill' };

/**
 * The cross-checks in words, for the panel: per subject, what the case has, which image shows what instead, and
 * what replies use (`choices`, from numbersReplyChoices). `format` writes a number as printed, `imageName` names
 * an image by its id. The words are the interface's (utils/i18n), in the language the panel speaks.
 */
export function describeCrossChecks(
  checks: readonly CrossCheck[],
  choices: readonly VariableChoice[],
  format: (kind: string, value: string) => string,
  imageName: (imageId: string) => string,
): CrossCheckLine[] {
  return checks.map((check) => {
    const own = t(`crossCheck.${check.subject}.own`);
    // A tracking number's carrier is not known for sure: it is shown as the platform gives it.
    const values = formatList(check.caseValues.map((value) => (check.subject === 'imei' ? format('imei', value) : value)));
    if (check.differing.length === 0) {
      return { subject: check.subject, differs: false, text: t('crossCheck.matches', { own, values }) };
    }
    const byImage = new Map<string, string[]>();
    for (const reading of check.differing)
      byImage.set(reading.imageId, [...(byImage.get(reading.imageId) ?? []), format(reading.kind, reading.value)]);
    const shown = [...byImage].map(([imageId, read]) => t('crossCheck.shows', { image: imageName(imageId), values: formatList(read) }));
    const choice = choices.find((item) => item.variable === CASE_VARIABLES[check.subject]);
    const replies =
      choice?.source === 'case'
        ? t('crossCheck.repliesUseCase', {
            short: t(`crossCheck.${check.subject}.short`),
            value: format(check.subject === 'imei' ? 'imei' : 'dhl-express', choice.value),
          })
        : choice?.source === 'none'
          ? t('crossCheck.repliesLeaveIt')
          : '';
    return { subject: check.subject, differs: true, text: t('crossCheck.differs', { own, values, shown: formatList(shown), replies }) };
  });
}
