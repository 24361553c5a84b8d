import { SHOTS_PER_CATEGORY, type CategoryDefinition, type CategoryId } from '../../../checklist/define';
import { defineTemplate, type TemplateDefinition } from '../../define';
import { CLOSING, GREETING, type TranslatedLocale } from './letter';

/**
 * The first photo request for one checklist category: the seven shots by their guide labels. The list is built
 * from the category definition, so the reply and the checklist can never name different shots. British bodies
 * use the UK guide's wording where it differs (`labelUk`). Each category keeps its own file and id
 * (`photo-request-<category>.ts`), which only calls this.
 */

const NOUNS: Record<CategoryId, string> = {
  smartphone: 'smartphone',
  tablet: 'tablet',
  computer: 'computer',
  smartwatch: 'smartwatch',
  other: 'item',
};

function shotList(category: CategoryDefinition, british: boolean): string {
  return category.shots.map((shot) => `- ${british && shot.labelUk ? shot.labelUk : shot.label}`).join('\n');
}

function translatedShotList(category: CategoryDefinition, locale: TranslatedLocale): string {
  return category.shots.map((shot) => `- ${shot.translations[locale].label}`).join('\n');
}

/** "your smartphone" per language; the product title replaces the noun when the page shows it. */
const YOUR_ITEM: Record<TranslatedLocale, Record<CategoryId, string>> = {
  'fr-fr': {
    smartphone: 'votre smartphone',
    tablet: 'votre tablette',
    computer: 'votre ordinateur',
    smartwatch: 'votre montre connectée',
    other: 'votre article',
  },
  'de-de': {
    smartphone: 'Ihr Smartphone',
    tablet: 'Ihr Tablet',
    computer: 'Ihr Computer',
    smartwatch: 'Ihre Smartwatch',
    other: 'Ihr Artikel',
  },
  'es-es': {
    smartphone: 'su smartphone',
    tablet: 'su tablet',
    computer: 'su ordenador',
    smartwatch: 'su reloj inteligente',
    other: 'su artículo',
  },
  'it-it': {
    smartphone: 'il suo smartphone',
    tablet: 'il suo tablet',
    computer: 'il suo computer',
    smartwatch: 'il suo smartwatch',
    other: 'il suo prodotto',
  },
};

function translatedBodies(category: CategoryDefinition, count: number): Record<TranslatedLocale, string> {
  const other = category.id === 'other';
  const item = (locale: TranslatedLocale) =>
    locale === 'fr-fr' || locale === 'es-es'
      ? `{{#product}}${locale === 'fr-fr' ? 'votre' : 'su'} {{product}}{{/product}}{{^product}}${YOUR_ITEM[locale][category.id]}{{/product}}`
      : `${YOUR_ITEM[locale][category.id]}{{#product}} ({{product}}){{/product}}`;
  return {
    'fr-fr': `${GREETING['fr-fr']}

Avant que ${item('fr-fr')} reparte chez le vendeur, merci de nous envoyer ${other ? "des photos de l'article sous tous les angles" : `${count} photos individuelles`}. Elles attestent de son état général, ce qui vous protège en cas de litige avec le transporteur sur un dommage pendant le transport.

${other ? 'Par exemple\u202f:' : 'Merci de photographier\u202f:'}
${translatedShotList(category, 'fr-fr')}

${other ? "Quel que soit l'article, photographiez ses parties sensibles (écran, ports, etc.) en gros plan et sous une bonne lumière.\n\n" : ''}Les photos nettes et lumineuses sont les meilleures, idéalement sans reflets, avec les boutons et les ports bien visibles. Vous pouvez les joindre à cette conversation\u202f; si elles ne tiennent pas toutes dans un message, envoyez-les une par une.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

bevor ${item('de-de')} an den Verkäufer zurückgeht, senden Sie uns bitte ${other ? 'Fotos davon aus allen Blickwinkeln' : `${count} einzelne Fotos davon`}. Sie belegen den allgemeinen Zustand und schützen Sie so, falls es mit dem Versanddienstleister Streit über einen Transportschaden gibt.

${other ? 'Zum Beispiel:' : 'Bitte fotografieren Sie:'}
${translatedShotList(category, 'de-de')}

${other ? 'Fotografieren Sie bei jedem Artikel die empfindlichen Teile (Bildschirm, Anschlüsse usw.) aus der Nähe und bei gutem Licht.\n\n' : ''}Am besten sind scharfe, helle Fotos, möglichst ohne Spiegelungen, auf denen Tasten und Anschlüsse gut zu sehen sind. Sie können sie an diese Unterhaltung anhängen; wenn nicht alle in eine Nachricht passen, senden Sie sie einzeln.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Antes de que ${item('es-es')} vuelva al vendedor, le rogamos que nos envíe ${other ? 'fotos del artículo desde todos los ángulos' : `${count} fotos individuales`}. Sirven para acreditar su estado general, lo que le protege si alguna vez hay una disputa con el transportista por daños durante el transporte.

${other ? 'Por ejemplo:' : 'Fotografíe, por favor:'}
${translatedShotList(category, 'es-es')}

${other ? 'Sea cual sea el artículo, fotografíe de cerca y con buena luz sus partes delicadas (pantalla, puertos, etc.).\n\n' : ''}Lo ideal son fotos nítidas y luminosas, a ser posible sin reflejos, en las que se vean bien los botones y los puertos. Puede adjuntarlas a esta conversación; si no caben todas en un mensaje, envíelas de una en una.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

prima che ${item('it-it')} torni al venditore, la preghiamo di inviarci ${other ? 'foto del prodotto da ogni angolazione' : `${count} foto singole`}. Documentano il suo stato generale e la tutelano in caso di contestazione con il corriere per danni durante il trasporto.

${other ? 'Per esempio:' : 'La preghiamo di fotografare:'}
${translatedShotList(category, 'it-it')}

${other ? 'Qualunque sia il prodotto, fotografi da vicino e con una buona luce le parti delicate (schermo, porte, ecc.).\n\n' : ''}Le foto migliori sono nitide e luminose, possibilmente senza riflessi, con i tasti e le porte ben visibili. Può allegarle a questa conversazione; se non entrano tutte in un messaggio, le invii una alla volta.

${CLOSING['it-it']}`,
  };
}

export function photoRequestTemplate(category: CategoryDefinition): TemplateDefinition {
  const noun = NOUNS[category.id];
  const yourItem = `{{#product}}your {{product}}{{/product}}{{^product}}your ${noun}{{/product}}`;
  const count = SHOTS_PER_CATEGORY;
  // The guide has no count and no list for other items, only the rule (every angle, all sides): the body asks for
  // that and offers the checklist's shots as an example, never as the guide's list.
  const other = category.id === 'other';
  const otherRule = {
    gb: 'Whatever the item, please make sure its sensitive parts (screen, ports and so on) are photographed close up and in good light.\n\n',
    us: 'Whatever the item, please make sure its sensitive parts (screen, ports, etc.) are photographed up close and in good lighting.\n\n',
  };
  return defineTemplate({
    id: `photo-request-${category.id}`,
    title: other ? 'Photos: ask for photos of any other item from every angle' : `Photos: ask for the ${count} shots of a ${noun}`,
    folder: 'Photos',
    tags: ['photos', 'return', category.id],
    bodies: {
      'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Before ${yourItem} goes back to the seller, please send us ${other ? 'photos of it from every angle' : `${count} individual photos of it`}. They record its general condition, which protects you if there is ever a dispute with the carrier about damage in transit.

${other ? 'For example:' : 'Please photograph:'}
${shotList(category, true)}

${other ? otherRule.gb : ''}Clear, well-lit pictures work best, ideally without reflections, and the buttons and ports should be easy to see. You can attach them to this conversation; if they don't all fit in one message, send them one by one.

Kind regards`,
      'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Before you ship ${yourItem} back to the seller, please send us ${other ? 'photos of it from every angle' : `${count} individual photos of it`}. They document its overall condition, which protects you if there's ever a dispute with the carrier about damage in transit.

${other ? 'For example:' : 'Please take photos of:'}
${shotList(category, false)}

${other ? otherRule.us : ''}Clear, bright pictures work best, ideally without glare, and the buttons and ports should be easy to see. You can attach them to this conversation; if they don't all fit in one message, feel free to send them individually.

Best regards`,
      ...translatedBodies(category, count),
    },
    sources: other
      ? [
          { backs: [], policy: 'return-an-item-uk.txt', quote: 'Take pictures of your item from every angle.' },
          { backs: [], policy: 'return-an-item.txt', quote: 'including all of its sides' },
        ]
      : [{ backs: [String(count)], policy: 'return-an-item-uk.txt', quote: 'Please send 7 individual photos that clearly show:' }],
  });
}
