import { afterEach, describe, expect, it } from 'vitest';
import { createPanelMacroHost, type PanelFacts } from '@/entrypoints/sidepanel/panel-macro-host';
import { runMacro } from '@/utils/macros/runner';
import { builtinMacros } from '@/utils/macros/registry';
import { setInterfaceLanguage } from '@/utils/i18n/translate';
import { sampleSnapshot } from '../helpers/snapshot';
import { findDisagreements } from '@/utils/ocr/disagreements';
import { describeElement } from '@/utils/sites/teach/preview';

/** Messages the panel and the page's toasts show, made outside the components: all in French when the interface is. */
afterEach(() => setInterfaceLanguage('en'));

const snapshot = sampleSnapshot({
  url: 'https://www.backmarket.fr/bo-seller/customer-care/help-requests/4815162',
  country: 'fr-fr',
  trackingNumber: null,
});

function host() {
  const facts = {
    snapshot,
    tabId: 1,
    photoCheck: { error: null, progress: { done: 0, total: 0 } },
    numbers: { images: [], paused: false, resume: () => undefined },
    readValues: {},
    library: [],
  } as unknown as PanelFacts;
  return createPanelMacroHost(() => facts);
}

describe('a macro that stops, in French', () => {
  it('says in French that no waybill was read', async () => {
    setInterfaceLanguage('fr');
    const macro = builtinMacros.find((candidate) => candidate.id === 'copy-waybill')!;
    const result = await runMacro({ ...macro, steps: macro.steps.filter((step) => step.kind === 'copy-waybill') }, host());
    expect(result.ok).toBe(false);
    expect(result.message).toContain(
      'pas de lettre de transport : aucun numéro de lettre de transport DHL Express n’a été lu dans les pièces jointes',
    );
    expect(result.message).not.toMatch(/waybill|attachments/);
  });

  it('names a template that is gone in French', async () => {
    setInterfaceLanguage('fr');
    expect(await host().renderTemplate('my-deleted')).toEqual({
      ok: false,
      reason: 'il n’y a pas de modèle « my-deleted » (supprimé ou renommé ?)',
    });
  });
});

describe('the numbers’ and the teaching preview’s words, in French', () => {
  it('says in French that a waybill is not the return shipment’s', () => {
    setInterfaceLanguage('fr');
    const readings = [{ imageId: 'label.jpg', reading: { kind: 'dhl-express' as const, value: '1234567890', valid: true } }];
    expect(findDisagreements(readings, { returnShipmentNumbers: ['1089680830'] })[0]?.reason).toBe(
      'Ce n’est pas le numéro de l’envoi retour : comparez avec l’étiquette.',
    );
  });

  it('names a pointed element’s children in French', () => {
    setInterfaceLanguage('fr');
    const list = document.createElement('section');
    list.id = 'thread';
    list.append(document.createElement('article'), document.createElement('article'));
    expect(describeElement(list)).toBe('section#thread (2 éléments enfants)');
  });
});
