import type { TemplateSource } from '../../define';

/**
 * Sentences the warranty replies share in French, German, Spanish and Italian (return guide, step 1): the guide on
 * warranty exclusions has the full list, and out of warranty the seller does not pay return shipping for a repair.
 */
export const WARRANTY_GUIDE = {
  'fr-fr': `Notre guide sur les exclusions de garantie, dans le Centre d'aide Back Market, en donne la liste complète.`,
  'de-de': `Die vollständige Liste finden Sie in unserem Leitfaden zu den Garantieausschlüssen im Back Market Hilfe-Center.`,
  'es-es': `En nuestra guía sobre las exclusiones de la garantía, en el Centro de ayuda de Back Market, encontrará la lista completa.`,
  'it-it': `L'elenco completo si trova nella nostra guida sulle esclusioni dalla garanzia, nel Centro assistenza di Back Market.`,
};

/** The same, continuing a sentence after a semicolon. */
export const WARRANTY_GUIDE_CLAUSE = {
  'fr-fr': `notre guide sur les exclusions de garantie, dans le Centre d'aide Back Market, en donne la liste complète.`,
  'de-de': `die vollständige Liste finden Sie in unserem Leitfaden zu den Garantieausschlüssen im Back Market Hilfe-Center.`,
  'es-es': `en nuestra guía sobre las exclusiones de la garantía, en el Centro de ayuda de Back Market, encontrará la lista completa.`,
  'it-it': `l'elenco completo si trova nella nostra guida sulle esclusioni dalla garanzia, nel Centro assistenza di Back Market.`,
};

export const OUT_OF_WARRANTY_RETURN_COST = {
  'fr-fr': `Sachez aussi que, pour un article hors garantie, les frais de retour d'une réparation ne sont pas pris en charge par le vendeur.`,
  'de-de': `Bitte beachten Sie außerdem: Bei einem Artikel außerhalb der Garantie übernimmt der Verkäufer die Rücksendekosten für eine Reparatur nicht.`,
  'es-es': `Tenga en cuenta también que, si el artículo está fuera de garantía, el vendedor no cubre los gastos de envío de la devolución para una reparación.`,
  'it-it': `Tenga presente, inoltre, che per un prodotto fuori garanzia il venditore non copre le spese di spedizione del reso per una riparazione.`,
};

/** For an excluded item the customer may still want repaired. */
export const OUT_OF_WARRANTY_REPAIR = {
  'fr-fr': `Si vous souhaitez tout de même le faire réparer, notez que pour un article hors garantie, les frais de retour d'une réparation ne sont pas pris en charge par le vendeur.`,
  'de-de': `Falls Sie ihn trotzdem reparieren lassen möchten, beachten Sie bitte: Bei einem Artikel außerhalb der Garantie übernimmt der Verkäufer die Rücksendekosten für eine Reparatur nicht.`,
  'es-es': `Si aun así desea repararlo, tenga en cuenta que, para un artículo fuera de garantía, el vendedor no cubre los gastos de envío de la devolución para una reparación.`,
  'it-it': `Se desidera comunque farlo riparare, tenga presente che per un prodotto fuori garanzia il venditore non copre le spese di spedizione del reso per una riparazione.`,
};

/** The policy sentences every warranty-exclusion reply rests on: the three exclusions, the guide, the return cost. */
export const WARRANTY_EXCLUSION_SOURCES: readonly TemplateSource[] = [
  {
    backs: [],
    policy: 'return-an-item.txt',
    quote:
      "if your item has significant physical damage, oxidation (liquid damage), or was opened by a third party, it won't be covered by the Back Market warranty",
  },
  {
    backs: [],
    policy: 'return-an-item-uk.txt',
    quote:
      "If your item has been subjected to significant impact damage, oxidation, or has been opened by a third party, it won't be covered by the Back Market warranty.",
  },
  { backs: [], policy: 'return-an-item.txt', quote: 'Learn more about warranty exclusions' },
  { backs: [], policy: 'return-an-item-uk.txt', quote: 'Please refer to our guide on warranty exclusions' },
  {
    backs: [],
    policy: 'return-an-item.txt',
    quote: 'For out-of-warranty items, the return shipping cost for a repair is not covered by the seller.',
  },
];
