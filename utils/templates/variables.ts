import { detectCategory, type CategoryDetectionInput } from '../checklist/detect-category';
import type { TemplateValues } from './render';
import { imei } from '../identifiers/imei';
import { dhlExpress } from '../identifiers/dhl-express';
import type { OrderAmount } from '../sites/order-amount';
import { t } from '../i18n/translate';

/**
 * Every variable a reply template may use, defined once: built-in bodies are tested to use only these, the
 * options page lists them for the agent, and `validate` checks a value the agent typed or OCR read before it goes
 * into a reply. Names match case-values.ts (what the page shows) plus the facts the panel adds.
 */

export interface TemplateVariable {
  name: string;
  /** Short name shown to the agent. */
  label: string;
  description: string;
  /** A realistic value, for previews and tests. A list variable's example is a list. */
  example: string | readonly string[];
  /**
   * What the fill-in form shows in an empty field: how to find the value, never a value that could be taken for a
   * reading (the example looks real on purpose).
   */
  placeholder?: string;
  /** Lists repeat a `{{#name}}…{{.}}…{{/name}}` block once per item. */
  list?: boolean;
  /** An error message for the agent, or null when the value is acceptable. */
  validate?: (value: string) => string | null;
}

/** IMEI typed or read for a reply: the rule in utils/identifiers/imei.ts, with a message for the agent. */
export function imeiError(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{15}$/.test(digits)) return t('variable.error.imeiLength');
  return imei.validate(digits) ? null : t('variable.error.imeiCheckDigit');
}

/** DHL Express waybill (utils/identifiers/dhl-express.ts): 10 digits, mod-7 check digit. */
export function waybillError(value: string): string | null {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{10}$/.test(digits)) return t('variable.error.waybillLength');
  return dhlExpress.validate(digits) ? null : t('variable.error.waybillCheckDigit');
}

function dateError(value: string): string | null {
  return /\d/.test(value) ? null : t('variable.error.dateDigits');
}

export const TEMPLATE_VARIABLES: readonly TemplateVariable[] = [
  {
    name: 'first_name',
    label: 'First name',
    description: "The customer's first name, as the conversation shows it.",
    example: 'Amelia',
  },
  {
    name: 'last_name',
    label: 'Last name',
    description: "The customer's last name, as the conversation shows it.",
    example: 'Hart',
  },
  {
    name: 'order_id',
    label: 'Order number',
    description: 'The Back Market order number of the item concerned.',
    example: '58123456',
  },
  {
    name: 'order_date',
    label: 'Order date',
    description: 'When the customer placed the order, written for the customer (e.g. 3 March 2026).',
    example: '3 March 2026',
    validate: dateError,
  },
  {
    name: 'order_amount',
    label: 'Order amount',
    description: "What the customer paid for the order, from the platform's data, written for the reply's locale (€89.99, 89,99 €).",
    example: '€89.99',
  },
  {
    name: 'product',
    label: 'Product',
    description: 'The product title as listed on Back Market.',
    example: 'iPhone 13 128GB - Midnight - Unlocked',
  },
  {
    name: 'category',
    label: 'Platform category',
    description: "The platform's own category name for the product (e.g. Smartphones).",
    example: 'Smartphones',
  },
  {
    name: 'carrier',
    label: 'Carrier',
    description: 'The carrier of the return shipment, as the conversation names it.',
    example: 'DHL Express',
  },
  {
    name: 'tracking_number',
    label: 'Tracking number',
    description: 'The tracking number of the shipment the conversation is about.',
    example: '1Z999AA10123456784',
  },
  {
    name: 'imei',
    label: 'IMEI',
    description: "The smartphone's IMEI: 15 digits, read from a photo or typed by the agent.",
    example: '490154203237518',
    placeholder: '15 digits, dial *#06#',
    validate: imeiError,
  },
  {
    name: 'waybill',
    label: 'DHL waybill',
    description: 'The 10-digit DHL Express waybill number printed next to WAYBILL beneath the first barcode of the label.',
    example: '0057714403',
    placeholder: '10 digits, next to WAYBILL on the label',
    validate: waybillError,
  },
  {
    name: 'device_weight',
    label: 'Average weight',
    description:
      "The trade-in guide's average weight for the item's category (smartphone, tablet, laptop, console); empty for anything else, which the customer weighs.",
    example: '0.55 lb',
  },
  {
    name: 'missing_shots',
    label: 'Missing photos',
    description: 'From the photo checklist: one line per shot not received yet, with how to take it.',
    example: ['Left side: With the screen facing you, turn the phone so its left edge faces the camera.'],
    list: true,
  },
  {
    name: 'reshoot_shots',
    label: 'Photos to take again',
    description: 'From the photo checklist: one line per shot received but unusable, with why.',
    example: ['Back of the smartphone: The photo is too dark to see the condition of the back.'],
    list: true,
  },
  {
    name: 'today',
    label: "Today's date",
    description: "Today's date, written for the conversation's locale.",
    example: '22 November 2026',
  },
];

export const knownVariables: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES.map((variable) => variable.name));

export function templateVariable(name: string): TemplateVariable | undefined {
  return TEMPLATE_VARIABLES.find((variable) => variable.name === name);
}

export interface VariableProblem {
  name: string;
  message: string;
}

/** Checks every present value that has a validator (each item of a list); empty values are left to `missing`. */
export function validateTemplateValues(values: TemplateValues): VariableProblem[] {
  const problems: VariableProblem[] = [];
  for (const variable of TEMPLATE_VARIABLES) {
    const value = values[variable.name];
    if (!variable.validate || value === null || value === undefined || value === '') continue;
    const items = Array.isArray(value) ? (value as readonly string[]) : [String(value)];
    for (const item of items) {
      const message = variable.validate(item);
      if (message) problems.push({ name: variable.name, message });
    }
  }
  return problems;
}

/** Average weights from the trade-in guide (trade-in-device-back.txt, step 2), in the guide's unit. */
export const AVERAGE_WEIGHTS = { smartphone: '0.55 lb', tablet: '1.65 lb', laptop: '4.4 lb', console: '6 lb' } as const;

// Consoles have no checklist category of their own (they use "other"), so they are recognised here by name.
const CONSOLE = /\b(?:playstation|ps[2-5]|xbox|nintendo|switch (?:oled|lite)|steam deck|consoles?)\b/i;
// The laptop weight would mislead for a desktop computer: those are weighed like any other item.
const DESKTOP = /\b(?:imac|all[- ]in[- ]one|desktop)\b/i;

/**
 * `device_weight` for an item: the guide's average for its category, or null when the guide gives none (the
 * customer then weighs it). Never guesses: a console game or accessory is not a console.
 */
export function deviceWeightFor(input: CategoryDetectionInput): string | null {
  const text = `${input.productTitle ?? ''} ${input.categoryName ?? ''}`;
  const { category } = detectCategory(input);
  if (category === 'smartphone') return AVERAGE_WEIGHTS.smartphone;
  if (category === 'tablet') return AVERAGE_WEIGHTS.tablet;
  if (category === 'computer') return DESKTOP.test(text) ? null : AVERAGE_WEIGHTS.laptop;
  const isGameOrAccessory = /\b(?:games?|controllers?|gamepads?|joysticks?|headsets?|cases?|chargers?)\b/i.test(input.productTitle ?? '');
  if (category === 'other' && CONSOLE.test(text) && !isGameOrAccessory) return AVERAGE_WEIGHTS.console;
  return null;
}

/**
 * The guide's averages as numbers: pounds as the guide gives them, kilograms rounded as the guide rounds its own
 * figures (0.25 / 0.75 / 2 / 2.7 kg), for markets that weigh in kilograms.
 */
const WEIGHT_FIGURES: Record<keyof typeof AVERAGE_WEIGHTS, { lb: number; kg: number }> = {
  smartphone: { lb: 0.55, kg: 0.25 },
  tablet: { lb: 1.65, kg: 0.75 },
  laptop: { lb: 4.4, kg: 2 },
  console: { lb: 6, kg: 2.7 },
};

/**
 * `device_weight` written for the reply's locale through Intl: English keeps the guide's pounds ("0.55 lb"); other
 * languages give kilograms first, pounds beside them, with the locale's decimal sign ("0,25 kg (0,55 lb)").
 */
export function deviceWeightIn(input: CategoryDetectionInput, locale: string): string | null {
  const weight = deviceWeightFor(input);
  if (weight === null) return null;
  if (locale.toLowerCase().startsWith('en')) return weight;
  const kind = (Object.keys(AVERAGE_WEIGHTS) as (keyof typeof AVERAGE_WEIGHTS)[]).find((key) => AVERAGE_WEIGHTS[key] === weight)!;
  const unit = (value: number, name: 'kilogram' | 'pound') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 2 }).format(value);
  return `${unit(WEIGHT_FIGURES[kind].kg, 'kilogram')} (${unit(WEIGHT_FIGURES[kind].lb, 'pound')})`;
}

/**
 * `order_amount` in the reply's locale through Intl, in the order's own currency: "€89.99" (en-gb), "89,99 €"
 * (fr-fr, de-de, es-es, it-it). Two decimals as prices are shown, whatever the API's string carries.
 */
export function formatOrderAmount(amount: OrderAmount, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: amount.currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(Number(amount.value));
}

/** `today` in the reply's locale: "22 November 2026" (en-gb), "November 22, 2026" (en-us), "22 novembre 2026". */
export function formatToday(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

/** The values the panel adds to caseValues() for every reply: those it can work out without asking anyone. */
export function derivedValues(product: { title: string | null; category: string | null }, locale: string, now: Date): TemplateValues {
  return {
    device_weight: deviceWeightIn({ productTitle: product.title, categoryName: product.category }, locale),
    today: formatToday(now, locale),
  };
}
