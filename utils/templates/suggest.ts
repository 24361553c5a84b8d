import { detectCategory } from '../checklist/detect-category';
import { t } from '../i18n/translate';
import type { ConversationSnapshot, WarrantyState } from '../sites/snapshot';

/**
 * Which built-in replies fit a conversation, best first, each with a reason the agent can read. The rules are
 * data (`suggestWhen`), tried in order; a template suggested by an earlier rule keeps that place and reason.
 * Suggestions only order the list: the agent always chooses.
 */

/** What the suggestions look at: a ConversationSnapshot fits, and so does any part of one. */
export interface SuggestionFacts {
  kind?: ConversationSnapshot['kind'] | null;
  warrantyState?: WarrantyState | null;
  carrier?: string | null;
  product?: { title?: string | null; category?: string | null } | null;
  /** Shots the photo checklist still needs (missing or to take again); null or absent: photos not checked yet. */
  shotsNeeded?: number | null;
}

export interface TemplateSuggestion {
  id: string;
  reason: string;
}

export interface SuggestionRule {
  /** Names the rule in tests and in the options page. */
  id: string;
  /** Built-in template ids, in the order they are suggested. */
  templates: readonly string[] | ((facts: SuggestionFacts) => readonly string[]);
  /** The reason shown to the agent when the rule applies (`suggest.<id>` in the interface's language), or null. */
  when: (facts: SuggestionFacts) => string | null;
}

const isTradeIn = (facts: SuggestionFacts) => facts.kind === 'buyback';
const detected = (facts: SuggestionFacts) => detectCategory({ productTitle: facts.product?.title, categoryName: facts.product?.category });

export const suggestWhen: readonly SuggestionRule[] = [
  {
    id: 'declared-liquid-or-drop',
    // The state does not say which of the two happened: both, in the order the state names them.
    templates: ['warranty-exclusion-liquid-damage', 'warranty-exclusion-impact-damage'],
    when: (facts) => (!isTradeIn(facts) && facts.warrantyState === 'WATER_OR_DROPPED' ? t('suggest.declared-liquid-or-drop') : null),
  },
  {
    id: 'declared-third-party-repair',
    templates: ['warranty-exclusion-third-party-repair'],
    when: (facts) => (!isTradeIn(facts) && facts.warrantyState === 'THIRD_PARTY_REPAIR' ? t('suggest.declared-third-party-repair') : null),
  },
  {
    id: 'photos-incomplete',
    templates: ['photo-request-missing'],
    when: (facts) =>
      !isTradeIn(facts) && (facts.shotsNeeded ?? 0) > 0 ? t('suggest.photos-incomplete', { count: facts.shotsNeeded ?? 0 }) : null,
  },
  {
    id: 'photos-not-checked',
    templates: (facts) => [`photo-request-${detected(facts).category}`],
    when: (facts) =>
      !isTradeIn(facts) && (facts.shotsNeeded === null || facts.shotsNeeded === undefined)
        ? t('suggest.photos-not-checked', { reason: detected(facts).reason })
        : null,
  },
  {
    id: 'smartphone-imei',
    templates: ['imei-request'],
    when: (facts) => (!isTradeIn(facts) && detected(facts).category === 'smartphone' ? t('suggest.smartphone-imei') : null),
  },
  {
    id: 'dhl-express-label',
    templates: ['return-label-dhl-express'],
    when: (facts) =>
      !isTradeIn(facts) && /\bdhl\b/i.test(facts.carrier ?? '') ? t('suggest.carrier-label', { carrier: facts.carrier ?? '' }) : null,
  },
  {
    id: 'dpd-uk-label',
    templates: ['return-label-dpd-uk'],
    when: (facts) =>
      !isTradeIn(facts) && /\bdpd\b/i.test(facts.carrier ?? '') ? t('suggest.carrier-label', { carrier: facts.carrier ?? '' }) : null,
  },
  {
    id: 'trade-in',
    templates: ['trade-in-counteroffer-declined', 'trade-in-disconnection-or-id-failed', 'trade-in-prepaid-ups-label'],
    when: (facts) => (isTradeIn(facts) ? t('suggest.trade-in') : null),
  },
];

export function suggestTemplates(facts: SuggestionFacts): TemplateSuggestion[] {
  const suggestions: TemplateSuggestion[] = [];
  for (const rule of suggestWhen) {
    const reason = rule.when(facts);
    if (reason === null) continue;
    const ids = typeof rule.templates === 'function' ? rule.templates(facts) : rule.templates;
    for (const id of ids) {
      if (!suggestions.some((suggestion) => suggestion.id === id)) suggestions.push({ id, reason });
    }
  }
  return suggestions;
}
