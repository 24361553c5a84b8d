import { expect, it } from 'vitest';
import { waitFor, type Driver } from '../harness/driver';
import { chooseOption } from '../harness/options-page';

/**
 * The extension's own interface in the browser's language (issue 17), written once for both browsers: in a French
 * browser the panel, the palette and the options speak French (the reply itself still follows the case), and the
 * options' "Interface language: English" turns the panel English in that same browser. Pages are read in the
 * driver's panel tab.
 */

/** The demo's French conversation (Camille Lefèvre, fr-fr). */
const FRENCH_FOLDER = '/bo-seller/customer-care/folders/104821015';

/**
 * Runs in the page: the interface text it shows, without what comes from the case or the replies (customer data,
 * template titles and bodies, which follow the case's language): text and the labels assistive technology reads.
 */
function interfaceText(): string {
  const copy = document.body.cloneNode(true) as HTMLElement;
  copy
    .querySelectorAll(
      '#template-list, .template-preview, .conversation-header dd, .photo-row__name, .numbers-image-name, .rd-palette__kind--template, style, script',
    )
    .forEach((node) => node.remove());
  const attributes = [...copy.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((node) =>
    ['aria-label', 'placeholder', 'title'].map((name) => node.getAttribute(name) ?? ''),
  );
  // One line per text node: textContent would glue a heading to the next paragraph ("RéponsesLe champ").
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
  return [...texts, ...attributes].join('\n');
}

const replyLocale = () => document.querySelector('[data-reply-locale]')?.getAttribute('data-reply-locale') ?? null;

async function openConversation(driver: Driver, path: string): Promise<void> {
  await driver.openConversation(`${driver.origin}${path}`);
}

async function openExtensionPage(driver: Driver, page: 'sidepanel.html' | 'options.html'): Promise<void> {
  await driver.openPanel(page);
  await driver.panel.bringToFront();
}

async function waitForText(driver: Driver, selector: string, what: string): Promise<string> {
  await waitFor(() => driver.panel.run((css) => Boolean(document.querySelector(css)), selector), { timeoutMs: 30_000, what });
  return driver.panel.run(interfaceText);
}

const shows = (text: string, phrase: string) =>
  new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);
const present = (text: string, phrases: readonly string[]) => phrases.filter((phrase) => shows(text, phrase));

const PANEL_ENGLISH = [
  'Replies',
  'Numbers',
  'Reply language',
  'Customer',
  'Carrier',
  'Country',
  'Search replies',
  'Forget this conversation',
  'Checklist',
  'Not shown',
  'read from the page',
  'runs any action, macro or reply',
  'Nothing to ask for',
  'Insert request for',
  'Follow the conversation',
  'Reading the conversation…',
];
const PANEL_FRENCH = [
  'Réponses',
  'Numéros',
  'Langue des réponses',
  'Client',
  'Commande',
  'Oublier cette conversation',
  'Suivre la conversation (français)',
];
const PALETTE_ENGLISH = [
  'Command palette',
  'Search actions, macros and templates',
  'Check the photos',
  'Request missing photos',
  'Go to the next conversation',
];
const PALETTE_FRENCH = [
  'Palette de commandes',
  'Chercher une action, une macro ou un modèle',
  'Vérifier les photos',
  'Demander les photos manquantes',
  'Conversation suivante',
];
/** Every section of the options page. */
const OPTIONS_ENGLISH = [
  'ReturnDesk options',
  'Interface language',
  'Reply language',
  'Keeping case data',
  'What is stored about customers',
  'Page selectors',
  'Parts taught by pointing',
  'Other sites',
  'Attachment hosts',
  'Forget everything',
  'Keyboard shortcuts',
  'Browser shortcuts',
  'New macro',
  'Macro name',
  'Reply templates',
  'New template',
  'Import and export',
];
const OPTIONS_FRENCH = [
  'Options de ReturnDesk',
  'Langue de l’interface',
  'Langue des réponses',
  'Conservation des données des dossiers',
  'Ce qui est enregistré sur les clients',
  'Tout oublier',
  'Langue du navigateur',
  'Raccourcis clavier',
  'Raccourcis du navigateur',
  'Nouvelle macro',
  'Modèles de réponse',
  'Nouveau modèle',
  'Import et export',
];

export async function panelSpeaksFrench(driver: Driver): Promise<void> {
  await openConversation(driver, FRENCH_FOLDER);
  await openExtensionPage(driver, 'sidepanel.html');
  const text = await waitForText(driver, '#template-return-label-dhl-pickup', 'the panel with its replies');
  expect(present(text, PANEL_FRENCH)).toEqual(PANEL_FRENCH);
  expect(present(text, PANEL_ENGLISH)).toEqual([]);
  expect(await driver.panel.run(() => document.documentElement.lang)).toBe('fr');
  // The replies keep following the case, not the interface.
  expect(await driver.panel.run(replyLocale)).toBe('fr-fr');
}

export async function paletteSpeaksFrench(driver: Driver): Promise<void> {
  await driver.panel.run(() => (document.activeElement as HTMLElement | null)?.blur());
  await driver.panel.press('Control+K');
  const text = await waitForText(driver, '.rd-palette', 'the command palette');
  expect(present(text, PALETTE_FRENCH)).toEqual(PALETTE_FRENCH);
  expect(present(text, PALETTE_ENGLISH)).toEqual([]);
  await driver.panel.press('Escape');
}

export async function optionsSpeakFrench(driver: Driver): Promise<void> {
  await openExtensionPage(driver, 'options.html');
  const text = await waitForText(driver, '#interface-language', 'the options page');
  expect(present(text, OPTIONS_FRENCH)).toEqual(OPTIONS_FRENCH);
  expect(present(text, OPTIONS_ENGLISH)).toEqual([]);
  expect(await driver.panel.run(() => document.querySelector<HTMLSelectElement>('#interface-language')?.value)).toBe('browser');
}

/** The demo's tablet (English customer): one photo too dark, so a problem line to read. */
const TABLET_FOLDER = '/bo-seller/customer-care/folders/104820257';

/** Runs in the panel: the problems listed in the photos' rows and the checklist's shots. */
const photoProblems = () =>
  [...document.querySelectorAll('.photo-row__problems li, .photo-slot--received-with-problem .photo-slot__status')]
    .map((node) => node.textContent)
    .join('\n');

/**
 * A photo's problem speaks the interface's language: the dark photo's row and its checklist shot say so in French
 * in a French browser, though the case is English.
 */
export async function photoProblemSpeaksFrench(driver: Driver): Promise<void> {
  await openConversation(driver, TABLET_FOLDER);
  await openExtensionPage(driver, 'sidepanel.html');
  const text = await waitFor(
    async () => {
      const shown = await driver.panel.run(photoProblems);
      return shown.includes('Cette photo est trop sombre') && shown.includes('À reprendre: trop sombre') ? shown : undefined;
    },
    { timeoutMs: 60_000, what: 'the dark photo’s problem in French, in its row and in the checklist' },
  );
  expect(text).not.toMatch(/too dark/i);
  // Back to the French conversation the next check expects.
  await openConversation(driver, FRENCH_FOLDER);
}

/** The options' override: "English" turns the options page, then the panel, English in the French browser. */
export async function overrideTurnsPanelEnglish(driver: Driver): Promise<void> {
  await openExtensionPage(driver, 'options.html');
  await waitForText(driver, '#interface-language', 'the options page');
  await chooseOption(driver.panel, '#interface-language', 'en');
  await waitFor(async () => (await driver.panel.run(() => document.querySelector('h1')?.textContent ?? '')) === 'ReturnDesk options', {
    timeoutMs: 10_000,
    what: 'the options page to switch to English',
  });

  await openExtensionPage(driver, 'sidepanel.html');
  const text = await waitForText(driver, '#template-return-label-dhl-pickup', 'the panel with its replies');
  expect(present(text, ['Replies', 'Numbers', 'Reply language', 'Customer', 'Forget this conversation'])).toHaveLength(5);
  expect(present(text, PANEL_FRENCH)).toEqual([]);
  expect(await driver.panel.run(replyLocale)).toBe('fr-fr');
}

/** The five checks, registered in the calling `describeInBrowsers`. */
export function itSpeaksTheBrowsersLanguage(use: () => Driver): void {
  it('the panel speaks French, the reply follows the case', () => panelSpeaksFrench(use()));
  it('the palette speaks French', () => paletteSpeaksFrench(use()));
  it('the options speak French', () => optionsSpeakFrench(use()));
  it('a photo problem is French', () => photoProblemSpeaksFrench(use()));
  it('the options’ “English” turns the panel English', () => overrideTurnsPanelEnglish(use()));
}
