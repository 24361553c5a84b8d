import { useMemo } from 'preact/hooks';
import { StatusMessage } from '@/components/status-message';
import { getIdentifierRule, identifierRules, type IdentifierKind } from '@/utils/identifiers/registry';
import { crossCheckNumbers, describeCrossChecks, type CaseNumbers } from '@/utils/ocr/cross-check';
import { numbersReplyChoices, readNumbersOf } from '@/utils/ocr/template-values';
import { t } from '@/utils/i18n/translate';
import { imagesForReplies, type NumbersState } from './use-numbers';

const KNOWN_KINDS = new Set<string>(identifierRules.map((rule) => rule.id));
const asPrinted = (kind: string, value: string) =>
  KNOWN_KINDS.has(kind) ? getIdentifierRule(kind as IdentifierKind).format(value) : value;

/**
 * Numbers read from the attachments against the case's own (the order's IMEI, the return shipment's tracking
 * number): each disagreement says which image shows what and what replies use instead; agreements are one line.
 */
export function NumberCrossChecks({ state, caseNumbers }: { state: NumbersState; caseNumbers: CaseNumbers }) {
  const lines = useMemo(() => {
    const checks = crossCheckNumbers(caseNumbers, readNumbersOf(state.images.map((image) => ({ id: image.url, outcome: image.outcome }))));
    const choices = numbersReplyChoices(
      imagesForReplies(state).map((image) => image.outcome),
      caseNumbers,
    );
    const names = new Map(state.images.map((image) => [image.url, image.name]));
    return describeCrossChecks(checks, choices, asPrinted, (url) => names.get(url) ?? t('crossCheck.anImage'));
  }, [state.images, state.confirmedPicks, caseNumbers]);
  if (lines.length === 0) return null;
  return (
    <div class="numbers-cross-checks">
      {lines.map((line) =>
        line.differs ? (
          <StatusMessage key={line.subject} tone="warning">
            <span data-cross-check={line.subject}>{line.text}</span>
          </StatusMessage>
        ) : (
          <p key={line.subject} class="hint" data-cross-check={line.subject}>
            {line.text}
          </p>
        ),
      )}
    </div>
  );
}
