// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { builtinTemplate, builtinTemplates } from '@/utils/templates/registry';
import { renderTemplate } from '@/utils/templates/render';
import { loadPolicy } from '../helpers/policy';

/**
 * Each policy fact and the templates meant to carry it. Bodies are rendered with no case facts at all, so a fact
 * hidden in an optional section (shown only when, say, the waybill is known) does not count. A pattern applies to
 * both locales unless it is given per locale. Deleting a fact from a body fails its row.
 */
type Pattern = RegExp | { 'en-gb': RegExp; 'en-us': RegExp };
interface PolicyFact {
  fact: string;
  templates: readonly string[];
  /** Only these locales (a fact one market's guide states); all of them otherwise. */
  locales?: readonly ('en-gb' | 'en-us')[];
  patterns: readonly Pattern[];
}

const PHOTO_REQUESTS = ['smartphone', 'tablet', 'computer', 'smartwatch', 'other'].map((id) => `photo-request-${id}`);
const WARRANTY_EXCLUSIONS = [
  'warranty-exclusion-liquid-damage',
  'warranty-exclusion-impact-damage',
  'warranty-exclusion-third-party-repair',
];
const DHL_PICKUP = ['return-label-dhl-pickup', 'return-label-dhl-express'];
const DHL_SERVICE_POINT = ['return-label-dhl-service-point', 'return-label-dhl-express'];
const TRADE_IN_FREE_RETURNS = ['trade-in-counteroffer-declined', 'trade-in-disconnection-or-id-failed'];
const parcel = { 'en-gb': /parcel/, 'en-us': /package/ };
const DISCONNECT_STEPS = ['icloud', 'google', 'samsung'].flatMap((account) =>
  ['works', 'dead'].map((state) => `disconnect-${account}-device-${state}`),
);

const FACTS: readonly PolicyFact[] = [
  // Step 1: warranty.
  {
    fact: 'refund or exchange within 30 days unless damaged, then a 12-month warranty',
    templates: ['warranty-coverage'],
    patterns: [/30 days/, /full refund or an exchange/, /unless you(?: have|'ve) damaged it/, /12-month warranty/, /repaired/],
  },
  {
    fact: 'the exclusions listed are some of them: the guide on warranty exclusions has them all',
    templates: ['warranty-coverage', ...WARRANTY_EXCLUSIONS],
    patterns: [/guide on warranty exclusions/, /full list/],
  },
  {
    fact: 'the three warranty exclusions',
    templates: ['warranty-coverage', ...WARRANTY_EXCLUSIONS],
    patterns: [/significant physical damage/, /oxidation/, /liquid damage/, /opened by a third party/],
  },
  { fact: 'a drop is impact damage', templates: ['warranty-coverage', 'warranty-exclusion-impact-damage'], patterns: [/impact damage/, /drop/] },
  {
    fact: 'out of warranty, the seller does not cover return shipping for a repair',
    templates: ['warranty-coverage', ...WARRANTY_EXCLUSIONS],
    patterns: [/out of warranty, the seller does not cover the cost of return shipping for a repair/],
  },
  // Step 2: photos.
  { fact: '7 individual photos', templates: PHOTO_REQUESTS.filter((id) => id !== 'photo-request-other'), patterns: [/\b7 individual photos\b/] },
  {
    fact: 'clear, bright, ideally reflection-free photos showing buttons and ports',
    templates: PHOTO_REQUESTS,
    patterns: [/Clear/, { 'en-gb': /well-lit/, 'en-us': /bright/ }, /ideally without (?:reflections|glare)/, /buttons and ports/],
  },
  {
    fact: 'photos may be sent one at a time',
    templates: PHOTO_REQUESTS,
    patterns: [{ 'en-gb': /send them one by one/, 'en-us': /send them individually/ }],
  },
  {
    fact: 'other items: every angle, sensitive parts close up in good light',
    templates: ['photo-request-other'],
    patterns: [/every angle/, /sensitive parts/, /close up/, /For example:/],
  },
  // Step 3: IMEI.
  {
    fact: 'IMEI: smartphones only; on the box, in the seller\'s information, or from the phone',
    templates: ['imei-request'],
    patterns: [/only ask for it for smartphones/, /on the phone's box/, /information the seller sent you/],
  },
  // Step 4: backup.
  {
    fact: 'backup concerns devices with personal data; others skip it',
    templates: ['backup-data'],
    patterns: [/smartphones, tablets, laptops and other computers, and (?:games|gaming) consoles/, /skip this step/],
  },
  {
    fact: 'sellers test and may fully reset; they never handle personal data, so cannot back it up',
    templates: ['backup-data'],
    patterns: [/series of tests/, /(?:reset it completely|completely reset it)/, /Ethics and Compliance Charter/, /can(?:not|'t) make the backup for you/],
  },
  { fact: 'a dead device cannot be backed up, but a cloud backup may exist', templates: ['backup-data'], patterns: [/backup won't be possible/, /cloud accounts/] },
  // Step 5: accounts and eSIM.
  {
    fact: 'disconnect accounts and eSIM: three reasons, significant delays, proof',
    templates: ['disconnect-accounts'],
    patterns: [/iCloud/, /Google/, /Samsung/, /eSIM/, /privacy/, /restore and repair/, /next owner/, /significantly delayed/, /proof of the disconnection/],
  },
  {
    fact: 'iCloud on a working iPhone/iPad and Mac',
    templates: ['disconnect-icloud-device-works'],
    patterns: [/"Sign Out"/, /Apple ID password/, /"System Preferences"/, /Apple Pay/, /Find My Mac/, /Apple Watch/, /AirPods/],
  },
  {
    fact: 'iCloud remote removal',
    templates: ['disconnect-icloud-device-dead'],
    patterns: [/iCloud website/, /"Find iPhone"/, /"All Devices"/, /offline/, /"Remove from Account"/, /Activation Lock/, /trusted devices/],
  },
  {
    fact: 'Google on a working device',
    templates: ['disconnect-google-device-works'],
    patterns: [/"Accounts and backup"/, /"Sign out of all accounts"/, /does(?: not|n't) delete your Google account/, /"Clear browsing data"/],
  },
  {
    fact: 'Google remote removal',
    templates: ['disconnect-google-device-dead'],
    patterns: [/"Security"/, /"Your devices"/, /"Manage devices"/, /"Sign out"/, /Change your Google account password/, /two-factor authentication/, /Find My Device/],
  },
  {
    fact: 'Samsung on a working device',
    templates: ['disconnect-samsung-device-works'],
    patterns: [/"Accounts and backup"/, /"Remove account"/, /"Your info"/, /"Email & accounts"/, /Samsung apps/],
  },
  {
    fact: 'Samsung remote removal',
    templates: ['disconnect-samsung-device-dead'],
    patterns: [/"Erase data"/, /factory reset/, /Samsung account website/],
  },
  {
    fact: 'eSIM on a phone that turns on: delete it in settings or when restoring',
    templates: ['disconnect-esim-device-works'],
    patterns: [/"Mobile Data"/, /"Delete eSIM"/, /erase the eSIM/],
  },
  {
    fact: 'eSIM on a phone that does not turn on: the carrier disconnects it',
    templates: ['disconnect-esim-device-dead'],
    patterns: [{ 'en-gb': /mobile network operator/, 'en-us': /wireless carrier/ }, /disconnect the eSIM/],
  },
  {
    fact: 'proof of disconnection, needed before repair',
    templates: ['disconnect-proof'],
    patterns: [/proof/, /before any repair work can (?:begin|start)/],
  },
  {
    fact: 'UK customers send proof of disconnection after each step-by-step disconnection',
    templates: DISCONNECT_STEPS,
    locales: ['en-gb'],
    patterns: [/send us proof of the disconnection/],
  },
  {
    fact: 'without the eSIM deactivated, the device cannot be returned',
    templates: ['disconnect-esim-device-dead'],
    patterns: [/eSIM must be deactivated/],
  },
  {
    fact: 'how to start a return',
    templates: ['return-how-to-start'],
    patterns: [/"My orders", then "Ask for help"/, /confirmation screen/, /within 24 business hours/],
  },
  // Step 6: order details.
  {
    fact: 'printed proof of purchase from My orders',
    templates: ['order-details-in-parcel'],
    patterns: [/proof of purchase or invoice/, /"My orders"/],
  },
  {
    fact: 'the handwritten order-details list',
    templates: ['order-details-in-parcel'],
    patterns: [
      /blank sheet of paper/,
      /^- Back Market$/m,
      { 'en-gb': /^- Your name and surname$/m, 'en-us': /^- Your first and last name$/m },
      /^- Your order number$/m,
      /^- The date of the order$/m,
      /^- The PIN code or unlock code\/pattern of the device, if you couldn't remove it/m,
    ],
  },
  // Step 7: packing.
  {
    fact: 'packing instructions',
    templates: ['packing-instructions'],
    patterns: [
      /double- or triple-walled cardboard/,
      /don't reuse an old box/,
      /can refuse it/,
      /bubble wrap/,
      /no empty space|(?:shouldn't be any|no) empty space/,
      /pressure-sensitive tape/,
      /masking tape, string,? or rope/,
      /corner and seam/,
      /return label on the top of the box/,
      /spare copy of the label inside/,
      /photos of the inside/,
      /the outside, with the return label clearly visible/,
      /proof that you handed it over/,
    ],
  },
  // Step 8: labels.
  {
    fact: 'DHL Express pickup with the 10-digit waybill next to WAYBILL beneath the first barcode',
    templates: DHL_PICKUP,
    patterns: [
      /"Express Worldwide DHL"/,
      /"Do you need to create a shipping label\?"/,
      /"No"/,
      /"I have a DHL Waybill Number"/,
      /10-digit number next to the word WAYBILL, beneath the first barcode/,
      /date and time of the pickup/,
      /home at the time you chose/,
    ],
  },
  {
    fact: 'DHL Express drop-off at a Service Point',
    templates: DHL_SERVICE_POINT,
    patterns: [
      /"Send shipment" > "I have a DHL account or return shipment" > "I have printed a DHL Label"/,
      /top of the box/,
      /"Label printing possible" for a small fee/,
      /digital copy of the label/,
      /keep your receipt/,
    ],
  },
  {
    fact: 'a DHL Express label has two options',
    templates: ['return-label-dhl-service-point', 'return-label-dhl-pickup'],
    patterns: [/DHL Service Point/, /(?:collect|pick)/],
  },
  {
    fact: 'DPD UK labels go only to a DPD Pickup shop',
    templates: ['return-label-dpd-uk'],
    patterns: [/DPD UK label/, /can only be dropped off at a DPD Pickup parcelshop/, /clearly visible/, /keep the receipt/],
  },
  {
    fact: 'own or Customer Care label: courier rules, receipt, insurance, tracking number',
    templates: ['return-label-own'],
    patterns: [/Customer Care/, /(?:courier|carrier)'s own (?:rules|guidelines)/, /keep the receipt/, /insurance/, /tracking number/],
  },
  {
    fact: 'the wrong drop-off point can refuse the parcel',
    templates: ['return-label-dhl-express', 'return-label-dhl-service-point', 'return-label-dpd-uk'],
    patterns: [/can (?:be )?refuse/],
  },
  // Trade-in.
  {
    fact: 'free return within 2 business days with the refurbisher\'s tracking number',
    templates: TRADE_IN_FREE_RETURNS,
    patterns: [/free of charge|at no cost/, /within 2 business days/, /tracking number/, parcel],
  },
  {
    fact: 'the three situations needing a prepaid UPS label',
    templates: ['trade-in-prepaid-ups-label'],
    patterns: [/did(?: not|n't) try to disconnect your user accounts/, /despite our help and reminders/, /copy of your ID/, /counterfeit, greylisted, blocklisted,? or rooted/],
  },
  {
    fact: 'UPS label steps, the four average weights, insurance, voucher in the conversation, 2 business days',
    templates: ['trade-in-prepaid-ups-label'],
    patterns: [
      /"Create a Shipment"/,
      /guest/,
      /smartphone 0\.55 lb/,
      /tablet 1\.65 lb/,
      /laptop 4\.4 lb/,
      /console 6 lb/,
      /weigh the item yourself or have it weighed at the post office/,
      /sender's address is the refurbisher's/,
      /recipient's address is your own/,
      /insurance/,
      /shipping voucher to the refurbisher as an attachment/,
      /Back Market account/,
      /within 2 business days/,
    ],
  },
];

const rows = FACTS.flatMap((fact) =>
  fact.templates.flatMap((id) => (fact.locales ?? (['en-gb', 'en-us'] as const)).map((locale) => [fact.fact, id, locale, fact] as const)),
);

describe('policy facts in the templates meant to carry them', () => {
  it.each(rows)('%s: %s (%s)', (_fact, id, locale, fact) => {
    const text = renderTemplate(builtinTemplate(id).bodies[locale], {}).text;
    for (const pattern of fact.patterns) {
      const regex = pattern instanceof RegExp ? pattern : pattern[locale];
      expect(text, `${id} (${locale}) lost a policy fact: ${regex}`).toMatch(regex);
    }
  });
});

// Written in our own words: no body repeats ten words in a row of the policy text, quoted screen names and guide
// titles aside (those must match what the customer sees). The policy lives beside the repository (../shared/policy).
const policy = loadPolicy();

describe.skipIf(!policy)('template wording', () => {
  const RUN = 10;
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/["\u201c\u201d][^"\u201c\u201d\n]*["\u201c\u201d]/g, ' quoted ')
      .replace(/[^a-z0-9'#*]+/g, ' ')
      .trim()
      .split(' ');
  const runs = (text: string) => {
    const found: string[] = [];
    for (const line of text.split('\n')) {
      const list = words(line);
      for (let start = 0; start + RUN <= list.length; start += 1) found.push(list.slice(start, start + RUN).join(' '));
    }
    return found;
  };
  const policyRuns = new Set(Object.values(policy ?? {}).flatMap((text) => runs(text)));

  it.each(builtinTemplates.flatMap((template) => (['en-gb', 'en-us'] as const).map((locale) => [template.id, locale, template] as const)))(
    '%s (%s) does not copy the policy',
    (_id, locale, template) => {
      const copied = runs(template.bodies[locale]).filter((run) => policyRuns.has(run));
      expect(copied, 'rephrase these passages in our own words').toEqual([]);
    },
  );
});
