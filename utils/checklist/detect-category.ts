import type { CategoryId } from './define';
import { t } from '../i18n/translate';
import type { InterfaceMessageKey } from '../i18n/catalogue-en';

/**
 * Which checklist fits a care folder, from the platform's category name (category_3.category_name, e.g.
 * "Smartphones") and the product title (e.g. "iPhone 13 128GB - Midnight - Unlocked").
 *
 * Rules are tried in order, first match wins:
 *  1. Title rules that say "this is NOT one of the listed devices": accessories (an Apple Pencil is not a tablet,
 *     an "iPhone case" is not a phone), desktops without a screen, consoles and games. They come first because a
 *     title names the exact item while a category name can be broad ("Tablets" may hold iPad accessories).
 *  2. The category name: the platform's own classification, so it beats guessing from model names.
 *  3. Title model families (iPhone, Galaxy Tab, MacBook Air, Apple Watch...).
 *  4. Otherwise "other": its checklist (every side + sensitive parts) suits anything.
 *
 * Every device word needs context: a bare "watch" is not a smartwatch ("Watch Dogs"), a bare "galaxy" is not a
 * phone ("Super Mario Galaxy"), a bare "pad" is not a tablet ("IdeaPad", "gamepad"). Patterns run on lower-case
 * text with accents removed, so "Montres connectées" reads "montres connectees".
 */

export interface CategoryDetectionInput {
  categoryName?: string | null;
  productTitle?: string | null;
}

export interface CategoryDetection {
  category: CategoryId;
  /** One sentence for the agent: what was matched, where. */
  reason: string;
  source: 'product-title' | 'category-name' | 'default';
}

interface DetectionRule {
  id: string;
  on: 'title' | 'category-name';
  category: CategoryId;
  /** What the match means, completed with the matched words (in the interface's language, from the catalogue). */
  meaning: Extract<InterfaceMessageKey, `categoryRule.${string}`>;
  match(text: string): string | null;
}

/**
 * One regular expression from a list of alternatives (regex fragments), matched as whole words. The lists read
 * like data, one family per entry; model numbers end in \w* so "a52s" or "watch4" still end on a word boundary.
 */
function anyOf(...alternatives: string[]): RegExp {
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`);
}

function byPattern(pattern: RegExp): (text: string) => string | null {
  return (text) => pattern.exec(text)?.[0] ?? null;
}

/**
 * Storage, or a watch's connectivity, marks the device itself: "iPad Pro 128GB + Magic Keyboard" is a tablet even
 * though it names an accessory. Accessory rules step aside for such titles. (Go/To: French titles.)
 */
const DEVICE_SIGNATURE = anyOf('\\d+ ?(?:gb|tb|go|to)', 'gps', 'cellular', 'lte', '4g', '5g');

/** Accessory and audio products sold under device brand names. */
const ACCESSORY_PRODUCTS = anyOf(
  'apple pencil',
  'airpods(?: pro| max)?',
  'earpods',
  'airtag',
  'magic (?:keyboard|mouse|trackpad)',
  'smart (?:keyboard|folio|cover)',
  's pen',
  'surface pen',
  '(?:galaxy |pixel |redmi |realme |oneplus |nothing )?buds\\w*',
  'earbuds',
  'headphones',
  'headset',
  'magsafe',
  'homepod',
  'apple tv',
  'chromecast',
);

const ACCESSORY_FOR_DEVICE = new RegExp(
  '\\b(?:for|compatible with|fits) (?:the )?(?:apple |samsung |google )?' +
    '(?:iphone|ipad|macbook|imac|apple watch|galaxy|pixel|smartphones?|phones?|tablets?|laptops?|smartwatch(?:es)?)\\b',
);

/** Nouns that make the item itself an accessory when they name it (first part of the title). */
const ACCESSORY_NOUNS = anyOf(
  'cases?',
  'covers?',
  'folio',
  'sleeves?',
  'pouch',
  'bags?',
  'skins?',
  'chargers?',
  'charging',
  'cables?',
  'adapters?',
  'power ?banks?',
  'battery (?:pack|case)',
  'docks?',
  'docking',
  'stands?',
  'holders?',
  'mounts?',
  'straps?',
  'bands?',
  'bracelets?',
  'loops?',
  '(?:screen )?protectors?',
  'tempered glass',
  'films?',
  'stylus(?:es)?',
  'pens?',
  'keyboards?',
  'mouse',
  'mice',
  'controllers?',
  'gamepads?',
  'joysticks?',
  'remotes?',
);

/** Fitness trackers whose product name contains "band": not watch straps. */
const TRACKER_NAMES = anyOf(
  '(?:xiaomi )?mi (?:smart )?band',
  '(?:xiaomi |huawei |honor |redmi )?smart band',
  'huawei band',
  'honor band',
  'galaxy fit\\w*',
);

/** Watch cases and bands in a watch's own title ("Aluminium Case with Midnight Sport Band"). */
const WATCH_BODY = anyOf('(?:aluminium|aluminum|stainless steel|steel|titanium|ceramic|plastic|polycarbonate) case');

/** The part of a title that names the item: Back Market titles read "Model - variant - variant". */
function itemPart(title: string): string {
  const head = title.split(/\s[-\u2013\u2014|]\s/)[0] ?? title;
  return head
    .replace(/\bwith\b.*$/, '')
    .replace(WATCH_BODY, '')
    .replace(TRACKER_NAMES, 'tracker');
}

const RULES: readonly DetectionRule[] = [
  // 1. Title: not one of the listed devices.
  {
    id: 'accessory-product',
    on: 'title',
    category: 'other',
    meaning: 'categoryRule.accessory-product',
    match: (title) => (DEVICE_SIGNATURE.test(title) ? null : byPattern(ACCESSORY_PRODUCTS)(title)),
  },
  {
    id: 'accessory-for-device',
    on: 'title',
    category: 'other',
    meaning: 'categoryRule.accessory-for-device',
    match: byPattern(ACCESSORY_FOR_DEVICE),
  },
  {
    id: 'accessory-noun',
    on: 'title',
    category: 'other',
    meaning: 'categoryRule.accessory-noun',
    match: (title) => (DEVICE_SIGNATURE.test(title) ? null : byPattern(ACCESSORY_NOUNS)(itemPart(title))),
  },
  {
    id: 'desktop-without-screen',
    on: 'title',
    category: 'other',
    // The computer checklist asks for a screen and a lid: a desktop without a screen has neither.
    meaning: 'categoryRule.desktop-without-screen',
    match: byPattern(anyOf('mac mini', 'mac studio', 'mac pro', 'mini pc', 'desktop pc', 'tower pc', 'pc tower', 'intel nuc')),
  },
  {
    id: 'console-or-game',
    on: 'title',
    category: 'other',
    meaning: 'categoryRule.console-or-game',
    match: byPattern(
      anyOf(
        'playstation(?: portal| vita| \\d)?',
        'ps ?vita',
        'ps[2-5]',
        'xbox(?: one| series [xs])?',
        'nintendo',
        'switch (?:oled|lite)',
        'steam deck',
        'legion go',
        'rog ally',
        'game ?boy',
        'wii u?',
        '(?:ps[2-5]|xbox|switch|video) game',
      ),
    ),
  },
  // 2. The platform's category name (English, French, German, Spanish, Italian).
  {
    id: 'category-not-a-listed-device',
    on: 'category-name',
    category: 'other',
    meaning: 'categoryRule.category-not-a-listed-device',
    match: byPattern(
      anyOf(
        'accessor\\w*',
        'accessoires?',
        'zubehor',
        'accesorios',
        'accessori',
        'cases?',
        'covers?',
        'coques?',
        'hullen',
        'fundas',
        'chargers?',
        'chargeurs?',
        'cables?',
        'adapters?',
        'straps?',
        'protect\\w*',
        'styl(?:us|i)',
        'pencils?',
        'keyboards?',
        'mouse',
        'mice',
        'headphones?',
        'earphones?',
        'earbuds',
        'audio',
        'speakers?',
        'consoles?',
        'video ?games?',
        'jeux',
        'games?',
        'cameras?',
        'drones?',
        'scooters?',
        'televisions?',
        'tvs?',
      ),
    ),
  },
  {
    id: 'category-smartwatch',
    on: 'category-name',
    category: 'smartwatch',
    meaning: 'categoryRule.category-smartwatch',
    match: byPattern(
      anyOf(
        'smart ?watch(?:es)?',
        'watch(?:es)?',
        'montres?(?: connectees?)?',
        'smartuhren?',
        'relojes?(?: inteligentes?)?',
        'orologi',
        'bracelets connectes',
        'wearables?',
        'fitness trackers?',
      ),
    ),
  },
  {
    id: 'category-tablet',
    on: 'category-name',
    category: 'tablet',
    meaning: 'categoryRule.category-tablet',
    match: byPattern(anyOf('tablets?', 'tablettes?', 'tabletas?', 'tablet-pcs?', 'ipads?', 'e-?readers?', 'liseuses?')),
  },
  {
    id: 'category-computer',
    on: 'category-name',
    category: 'computer',
    meaning: 'categoryRule.category-computer',
    match: byPattern(
      anyOf(
        'laptops?',
        'notebooks?',
        'macbooks?',
        'computers?',
        'ordinateurs?(?: portables?)?',
        'ordenador(?:es)?',
        'portatil(?:es)?',
        'computer portatili',
        'chromebooks?',
        'imacs?',
        'desktops?',
        'all[- ]in[- ]ones?',
        'pcs?',
        'ultrabooks?',
      ),
    ),
  },
  {
    id: 'category-smartphone',
    on: 'category-name',
    category: 'smartphone',
    meaning: 'categoryRule.category-smartphone',
    match: byPattern(
      anyOf(
        'smartphones?',
        'phones?',
        'iphones?',
        'mobiles?',
        'mobile phones?',
        'telephones?(?: portables?)?',
        'telefonos?(?: moviles?)?',
        'handys?',
        'cellulari',
        'gsm',
      ),
    ),
  },
  // 3. Title model families. Watches and tablets before computers and phones: "Galaxy Watch", "Galaxy Tab",
  //    "Pixel Tablet", "Yoga Tab" and "Redmi Pad" share a brand with phones and laptops.
  {
    id: 'title-smartwatch',
    on: 'title',
    category: 'smartwatch',
    meaning: 'categoryRule.title-smartwatch',
    match: byPattern(
      anyOf(
        'apple watch',
        'galaxy watch\\w*',
        'gear (?:s\\d|sport|fit\\w*)',
        'pixel watch',
        '(?:huawei|honor|xiaomi|redmi|oneplus|moto|fossil|mobvoi) watch',
        'moto 360',
        'watch (?:series \\d+|ultra|gt ?\\d?)',
        'ticwatch',
        'fitbit',
        'garmin (?:fenix|forerunner|venu|vivoactive|epix|instinct|lily)',
        'amazfit',
        'withings',
        'smart ?watch(?:es)?',
        'mi (?:smart )?band',
        'smart band',
        'huawei band',
        'galaxy fit\\w*',
      ),
    ),
  },
  {
    id: 'title-tablet',
    on: 'title',
    category: 'tablet',
    meaning: 'categoryRule.title-tablet',
    match: byPattern(
      anyOf(
        'ipad',
        'galaxy tab',
        'pixel tablet',
        '(?:xiaomi|redmi|oneplus|honor|oppo|realme|nokia) pad',
        'matepad',
        'mediapad',
        '(?:lenovo|yoga) tab',
        '(?:amazon )?fire (?:hd|\\d+)',
        // E-readers: the tablet shots (screen, back, four sides) fit them.
        'kindle',
        'surface (?:pro|go)',
        'tablets?',
        'tablette',
      ),
    ),
  },
  {
    id: 'title-computer',
    on: 'title',
    category: 'computer',
    meaning: 'categoryRule.title-computer',
    match: byPattern(
      anyOf(
        // Names no other product uses.
        'macbook',
        'imac',
        'thinkpad',
        'thinkbook',
        'ideapad',
        'chromebook',
        'pixelbook',
        'elitebook',
        'probook',
        'zbook',
        'zenbook',
        'vivobook',
        'expertbook',
        'matebook',
        'magicbook',
        'inspiron',
        'latitude',
        'vostro',
        'alienware',
        'travelmate',
        'dynabook',
        'xps \\d+',
        'galaxy book\\w*',
        'surface (?:laptop|book|studio)',
        // Words other products use too ("Envy", "Swift", "Gram", "Legion"): only with the brand.
        'hp (?:envy|spectre|omen|pavilion|victus|stream)',
        'acer (?:swift|nitro|predator|spin|extensa|aspire)',
        'dell precision',
        'lenovo (?:legion|yoga)',
        'lg gram',
        'toshiba (?:satellite|tecra|portege)',
        'razer blade',
        'msi \\w+',
        'laptops?',
        'notebooks?',
        'ultrabook',
        'all[- ]in[- ]one',
        'computer',
      ),
    ),
  },
  {
    id: 'title-smartphone',
    on: 'title',
    category: 'smartphone',
    meaning: 'categoryRule.title-smartphone',
    match: byPattern(
      anyOf(
        'iphone\\w*',
        // "Galaxy" needs a phone series: "Super Mario Galaxy" is a game.
        'galaxy (?:s|a|m|j|note) ?\\d+\\w*',
        'galaxy (?:z )?(?:fold|flip)\\w*',
        'galaxy xcover\\w*',
        'pixel (?:\\d+\\w*|fold|xl)',
        'redmi (?:note )?[a-z]?\\d+\\w*',
        'poco [a-z]\\d+\\w*',
        'xiaomi (?:mi )?\\d+\\w*',
        'mi \\d+\\w*',
        'oneplus (?:nord|\\d+\\w*)',
        'huawei (?:p|mate|nova|y) ?\\d+\\w*',
        'honor (?:magic\\w*|x?\\d+\\w*)',
        'oppo (?:find|reno\\w*|a\\d+\\w*)',
        'realme',
        'vivo [xyv]\\d+\\w*',
        'motorola',
        'moto [gez]\\w*',
        'razr\\w*',
        'xperia',
        'nokia [gxc]?\\d+\\w*',
        'fairphone',
        'nothing phone',
        'zenfone',
        'rog phone',
        'smartphones?',
        'mobile phone',
        'cell ?phone',
      ),
    ),
  },
];

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function detectCategory(input: CategoryDetectionInput): CategoryDetection {
  const title = normalise(input.productTitle ?? '');
  const categoryName = normalise(input.categoryName ?? '');
  for (const rule of RULES) {
    const text = rule.on === 'title' ? title : categoryName;
    if (!text) continue;
    const matched = rule.match(text);
    if (matched === null) continue;
    const original = rule.on === 'title' ? input.productTitle : input.categoryName;
    return {
      category: rule.category,
      reason: t('categoryDetection.matched', {
        where: t(rule.on === 'title' ? 'categoryDetection.inTitle' : 'categoryDetection.inCategory'),
        original: original?.trim() ?? '',
        meaning: t(rule.meaning),
        matched: matched.trim(),
        checklist: t(`categoryDetection.checklist.${rule.category}`),
      }),
      source: rule.on === 'title' ? 'product-title' : 'category-name',
    };
  }
  return {
    category: 'other',
    reason: t(title || categoryName ? 'categoryDetection.noDeviceNamed' : 'categoryDetection.nothingKnown'),
    source: 'default',
  };
}

/** Rule ids in the order they are tried, for tests and the options page. */
export const DETECTION_RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);
