import type { ConversationSnapshot } from '../sites/snapshot';
import type { PhotoRequest } from '../checklist/request';
import { bodyFor, templateLocaleFor, TEMPLATE_LOCALES, type TemplateDefinition, type TemplateLocale } from './define';
import { parseTemplate, renderNodes, type TemplateValues } from './render';
import { caseValues, photoRequestValues } from './case-values';
import { confirmedFactsOnly } from '../sites/loose-facts';
import { derivedValues, formatOrderAmount, templateVariable } from './variables';
import { formatList, labelInSentence, t, variableText } from '../i18n/translate';

/**
 * Everything a case knows, as template values: what the page shows, what follows from it (dates, the product's
 * return weight), the photo checklist's findings and the numbers read from attachments. The Replies list and the
 * keyboard (macros, palette, abbreviations) both fill templates from here, so they never disagree.
 */
export interface CaseFacts {
  snapshot: ConversationSnapshot;
  /** null while no photo set has been checked. */
  photoRequest: PhotoRequest | null;
  /** From the numbers read (utils/ocr/template-values.ts). */
  readValues: TemplateValues;
  now: Date;
  /** The reply's locale when the panel chose one (per-case switch); else the conversation's. Dates and weights follow it. */
  locale?: TemplateLocale;
}

export function caseTemplateValues(facts: CaseFacts): TemplateValues {
  const locale = facts.locale ?? templateLocaleFor(facts.snapshot.country, TEMPLATE_LOCALES);
  return {
    ...caseValues(facts.snapshot),
    // Worked out from the product only when the product is not an unconfirmed guess.
    ...derivedValues(confirmedFactsOnly(facts.snapshot).product, locale, facts.now),
    // Only the platform's data gives an amount (never the page's layout), written for the reply's locale.
    ...(facts.snapshot.orderAmount ? { order_amount: formatOrderAmount(facts.snapshot.orderAmount, locale) } : {}),
    ...(facts.photoRequest ? photoRequestValues(facts.photoRequest) : {}),
    ...facts.readValues,
  };
}

export type CaseRender =
  | { ok: true; text: string }
  /** `missing` are variable names; `message` names them the way the fill-in form labels them. */
  | { ok: false; missing: string[]; message: string };

/** Renders a template for a case, or says which facts it lacks (never a reply with a raw {{…}} in it). */
export function renderForCase(template: TemplateDefinition, facts: CaseFacts, extra: TemplateValues = {}): CaseRender {
  // The panel's reply language when it chose one (per-case switch), else the conversation's.
  const body = (facts.locale && template.bodies[facts.locale]) ?? bodyFor(template, facts.locale ?? facts.snapshot.country);
  const parsed = parseTemplate(body);
  if (!parsed.ok)
    return {
      ok: false,
      missing: [],
      message: t('replies.brokenNamed', { title: template.title, error: parsed.errors[0]?.message ?? t('replies.unreadableBody') }),
    };
  const rendered = renderNodes(parsed.nodes, { ...caseTemplateValues(facts), ...extra });
  if (rendered.missing.length > 0) {
    const labels = rendered.missing.map((name) => labelInSentence(variableText(name, 'label', templateVariable(name)?.label ?? name)));
    return {
      ok: false,
      missing: rendered.missing,
      message: t('replies.needsFacts', { title: template.title, facts: formatList(labels) }),
    };
  }
  return { ok: true, text: rendered.text };
}
