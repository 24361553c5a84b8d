import { expect, it } from 'vitest';
import { en } from '@/utils/i18n/catalogue-en';
import type { InterfaceMessage } from '@/utils/i18n/define';
import type { InterfaceLanguage } from '@/utils/i18n/languages';
import { INTERFACE_CATALOGUES } from '@/utils/i18n/translate';
import { builtinTemplates } from '@/utils/templates/registry';
import { describeInBrowsers, waitFor, type Driver, type DrivenTab } from './harness/driver';
import { describeRequests } from './harness/request-recorder';

/**
 * The interface in Spanish and Italian (issue 17): in a browser whose first language is Mexican Spanish the panel and
 * the options speak Spanish (the reply still follows the case), and the options' "Italiano" turns both Italian. No
 * English catalogue text may be left on either page, and no common English word from text outside the catalogue.
 *
 * Chromium: `--accept-lang` is the agent's ranked languages; Debian's Chromium has no Spanish interface, so `--lang`
 * would not change the `_locales` it picks. Firefox ESR: `intl.accept_languages` (Settings > Language), which the
 * interface follows (Debian's ESR has no Spanish language pack for `intl.locale.requested`).
 */

const FRENCH_FOLDER = '/bo-seller/customer-care/folders/104821015'; // Camille Lefèvre, fr-fr
const REPLIES_LOADED = ['#template-return-label-dhl-pickup'];
/** The built-in macros are listed once the options have read the store: the page's last text to arrive. */
const OPTIONS_LOADED = ['#interface-language', '.macro-entry__name'];

/**
 * The interface text a page shows, one line per text node and label, without what comes from the case or the
 * replies (customer data, template titles and bodies: they follow the case's language) and without what the agent
 * or the platform wrote (selectors and JSON in the options, template titles in the editor).
 */
function interfaceText(): string {
  const copy = document.body.cloneNode(true) as HTMLElement;
  const caseText =
    '#template-list, .template-preview, .conversation-header dd, .photo-row__name, .numbers-image-name, .rd-palette__kind--template, style, script, textarea, pre, code, option[value^="builtin"], [data-template-id]';
  copy.querySelectorAll(caseText).forEach((node) => node.remove());
  const labels = [...copy.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((node) =>
    ['aria-label', 'placeholder', 'title'].map((name) => node.getAttribute(name) ?? ''),
  );
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
  return [...texts, ...labels].join('\n');
}

const forms = (message: InterfaceMessage): string[] =>
  typeof message === 'string' ? [message] : [message.one, message.other, ...(message.many === undefined ? [] : [message.many])];

/** English catalogue text of two words or more that the language writes differently (placeholders split it). */
function englishLeftIn(text: string, language: InterfaceLanguage): string[] {
  const written = new Set(Object.values<InterfaceMessage>(INTERFACE_CATALOGUES[language]).flatMap(forms));
  const english = Object.values<InterfaceMessage>(en)
    .flatMap(forms)
    .filter((message) => !written.has(message))
    .flatMap((message) => message.split(/\{\w+\}/))
    .map((fragment) => fragment.replace(/^[\s,.:;·()]+|[\s,.:;·()]+$/g, ''))
    .filter((fragment) => /\p{L}+\s+\p{L}+/u.test(fragment));
  return [...new Set(english)].filter((fragment) => text.includes(fragment));
}

/** Words neither Spanish nor Italian has: text built outside the catalogue would show them. */
const ENGLISH_WORDS = /\b(the|and|with|from|your|this|not|found|could|missing|read|open|search|reply|replies)\b/i;

async function pageText(tab: DrivenTab, loaded: readonly string[], what: string): Promise<string> {
  await waitFor(() => tab.run((ready) => ready.every((selector) => document.querySelector(selector)), [...loaded]), {
    timeoutMs: 30_000,
    what,
  });
  return tab.run(interfaceText);
}

/**
 * The built-in templates' titles and folders are the library's content, written once in English for every locale
 * (their bodies are per locale): the options list them, and a macro step names the template it inserts.
 */
const TEMPLATE_NAMES = [...new Set(builtinTemplates.flatMap((template) => [template.title, template.folder]))].sort(
  (a, b) => b.length - a.length,
);
const withoutTemplateNames = (text: string) => TEMPLATE_NAMES.reduce((rest, name) => rest.split(name).join('…'), text);

function expectNoEnglish(pageText: string, language: InterfaceLanguage): void {
  const text = withoutTemplateNames(pageText);
  expect(englishLeftIn(text, language)).toEqual([]);
  expect(text.split('\n').filter((line) => ENGLISH_WORDS.test(line))).toEqual([]);
}

async function choose(tab: DrivenTab, language: string): Promise<void> {
  await tab.run((value) => {
    const select = document.querySelector<HTMLSelectElement>('#interface-language');
    if (!select) return false;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }, language);
}

async function openPanelOn(driver: Driver, folder: string): Promise<string> {
  await driver.openConversation(`${driver.origin}${folder}`);
  await driver.openPanel();
  await driver.panel.bringToFront();
  return pageText(driver.panel, REPLIES_LOADED, 'the panel with its replies');
}

const replyLocale = (driver: Driver) =>
  driver.panel.run(() => document.querySelector('[data-reply-locale]')?.getAttribute('data-reply-locale'));
const pageLanguage = (tab: DrivenTab) => tab.run(() => document.documentElement.lang);

/**
 * The panel on the French conversation speaks `language`, names the case's language in it (`followCase`, from
 * `Intl.DisplayNames`), and still writes the replies in French.
 */
async function expectPanelIn(driver: Driver, language: InterfaceLanguage, followCase: string): Promise<void> {
  const text = await openPanelOn(driver, FRENCH_FOLDER);
  for (const key of ['view.replies', 'view.numbers', 'replyLanguage.label', 'header.customer', 'forget.button'] as const)
    expect(text, key).toContain(INTERFACE_CATALOGUES[language][key]);
  expect(text).toContain(followCase);
  expectNoEnglish(text, language);
  expect(await pageLanguage(driver.panel)).toBe(language);
  expect(await replyLocale(driver)).toBe('fr-fr');
}

describeInBrowsers(
  'the interface in Spanish and Italian',
  (use) => {
    const { es, it: italian } = INTERFACE_CATALOGUES;

    it('a browser that ranks Mexican Spanish first gets the panel in Spanish; the reply follows the case', async () => {
      const driver = use();
      await expectPanelIn(driver, 'es', 'Seguir la conversación (francés)');
    });

    it('the options page speaks Spanish and offers Español and Italiano', async () => {
      const driver = use();
      await driver.openPanel('options.html');
      const text = await pageText(driver.panel, OPTIONS_LOADED, 'the options page with its macros');
      for (const key of ['options.title', 'options.interfaceLanguage.title', 'privacy.forgetAll', 'templates.title', 'macros.new'] as const)
        expect(text, key).toContain(es[key]);
      expectNoEnglish(text, 'es');
      const choices = await driver.panel.run(() =>
        [...document.querySelectorAll<HTMLOptionElement>('#interface-language option')].map((option) => option.textContent),
      );
      expect(choices).toEqual(expect.arrayContaining(['Español', 'Italiano']));
    });

    it('the options’ “Italiano” turns the options, then the panel, Italian', async () => {
      const driver = use();
      await driver.openPanel('options.html');
      await pageText(driver.panel, OPTIONS_LOADED, 'the options page with its macros');
      await choose(driver.panel, 'it');
      await waitFor(async () => (await driver.panel.text('h1')) === italian['options.title'] || undefined, {
        timeoutMs: 10_000,
        what: 'the options page to switch to Italian',
      });
      const options = await driver.panel.run(interfaceText);
      expectNoEnglish(options, 'it');

      await expectPanelIn(driver, 'it', 'Segui la conversazione (francese)');
    });

    it('sent no request off 127.0.0.1', () => {
      const { recorder } = use();
      expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
    });
  },
  {
    chromium: { extraArgs: ['--accept-lang=es-MX,es,en'] },
    firefox: { prefs: { 'intl.accept_languages': 'es-MX, es, en' } },
  },
);
