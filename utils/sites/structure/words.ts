import type { WarrantyState } from '../snapshot';

/**
 * The words the structural reader looks for on screen, in the five languages of the back office (English, French,
 * German, Spanish, Italian). Compared after normalising: lower case, accents removed, trailing colon dropped.
 */

export function normaliseWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*[:：]\s*$/, '')
    .trim()
    .toLowerCase();
}

export const HEADER_FACTS = ['customer', 'order', 'product', 'category', 'warranty', 'carrier', 'tracking'] as const;
export type HeaderFact = (typeof HEADER_FACTS)[number];

/** Labels shown beside each header fact. */
export const FACT_LABELS: Record<HeaderFact, readonly string[]> = {
  customer: [
    'Customer',
    'Customer name',
    'Client',
    'Buyer', // en
    'Nom du client',
    'Cliente',
    'Acheteur',
    'Acheteuse', // fr
    'Kunde',
    'Kundin',
    'Kundenname',
    'Käufer', // de
    'Nombre del cliente',
    'Comprador', // es
    'Nome del cliente',
    'Acquirente', // it
  ],
  order: [
    'Order',
    'Order ID',
    'Order number',
    'Order no.',
    'Order #',
    'Commande',
    'N° de commande',
    'Numéro de commande',
    'No de commande',
    'Bestellung',
    'Bestellnummer',
    'Auftragsnummer',
    'Bestell-Nr.',
    'Pedido',
    'Número de pedido',
    'Nº de pedido',
    'N.º de pedido',
    'Ordine',
    "Numero d'ordine",
    'Numero ordine',
    'N. ordine',
  ],
  product: [
    'Product',
    'Item',
    'Device',
    'Produit',
    'Article',
    'Appareil',
    'Produkt',
    'Artikel',
    'Gerät',
    'Producto',
    'Artículo',
    'Dispositivo',
    'Prodotto',
    'Articolo',
  ],
  category: ['Category', 'Product category', 'Catégorie', 'Kategorie', 'Categoría', 'Categoria'],
  warranty: [
    'Warranty',
    'Warranty state',
    'Declared warranty state',
    'Warranty status',
    'Garantie',
    'État de la garantie',
    'Statut de la garantie',
    'Garantiestatus',
    'Garantiezustand',
    'Garantía',
    'Estado de la garantía',
    'Garanzia',
    'Stato della garanzia',
  ],
  carrier: [
    'Carrier',
    'Shipper',
    'Courier',
    'Shipping carrier',
    'Transporteur',
    'Versanddienstleister',
    'Spediteur',
    'Paketdienst',
    'Transportista',
    'Empresa de transporte',
    'Corriere',
    'Vettore',
  ],
  tracking: [
    'Tracking number',
    'Tracking',
    'Tracking no.',
    'Tracking ID',
    'Numéro de suivi',
    'Suivi',
    'N° de suivi',
    'Sendungsnummer',
    'Sendungsverfolgung',
    'Trackingnummer',
    'Número de seguimiento',
    'Seguimiento',
    'Numero di tracciamento',
    'Numero di spedizione',
    'Tracciamento',
  ],
};

const LABEL_TO_FACT = new Map<string, HeaderFact>();
for (const fact of HEADER_FACTS) for (const label of FACT_LABELS[fact]) LABEL_TO_FACT.set(normaliseWords(label), fact);

/** The header fact a label names, or null. */
export function factForLabel(label: string): HeaderFact | null {
  return LABEL_TO_FACT.get(normaliseWords(label)) ?? null;
}

/** Text of a button that sends the reply. */
export const SEND_WORDS = [
  'send',
  'reply',
  'send message',
  'send reply',
  'post',
  'submit',
  'envoyer',
  'repondre',
  'envoyer le message',
  'senden',
  'antworten',
  'nachricht senden',
  'absenden',
  'enviar',
  'responder',
  'enviar mensaje',
  'invia',
  'rispondi',
  'invia messaggio',
].map(normaliseWords);

/** Names of fields that are not the reply box. */
export const SEARCH_WORDS = /search|recherche|rechercher|suche|suchen|buscar|busqueda|cerca|filter|filtre/i;

/**
 * Hints, in class names, data attributes or labels, of who wrote a message. Whole words only where a short token
 * would match ordinary text ("in", "me"): BEM modifiers such as `bubble--in` count, an aria-label "Message in French" does not.
 */
export const AUTHOR_HINTS: readonly { author: 'customer' | 'merchant' | 'backmarket'; pattern: RegExp }[] = [
  { author: 'backmarket', pattern: /back-?market|\bbm\b|agent|support|system|systeme|kundendienst|soporte|assistenza/i },
  {
    author: 'merchant',
    pattern: /merchant|seller|refurbisher|vendeur|vendeuse|marchand|verkaufer|handler|vendedor|venditore|outgoing|--out\b|-sent\b/i,
  },
  {
    author: 'customer',
    pattern: /customer|client|buyer|acheteur|kunde|kundin|kaufer|comprador|cliente|acquirente|incoming|--in\b|-received\b/i,
  },
];

/** Warranty states as they are written on screen, in the five languages (the platform's codes too). */
export function warrantyFromWords(raw: string | null | undefined): WarrantyState | null {
  if (!raw) return null;
  const upper = raw.toUpperCase().replace(/[\s-]+/g, '_');
  for (const code of ['IN_WARRANTY', 'WATER_OR_DROPPED', 'THIRD_PARTY_REPAIR'] as const) if (upper.includes(code)) return code;
  const words = normaliseWords(raw);
  if (/water|liquid|oxid|drop|eau|liquide|chute|wasser|flussig|sturz|agua|liquido|caida|acqua|caduta/.test(words)) {
    return 'WATER_OR_DROPPED';
  }
  if (/third.party|repair|tiers|repare|fremd|dritt|terceros|reparad|terzi|riparat/.test(words)) return 'THIRD_PARTY_REPAIR';
  if (
    /in warranty|under warranty|sous garantie|en garantie|in garantie|garantiefall|unter garantie|en garantia|bajo garantia|in garanzia|sotto garanzia/.test(
      words,
    )
  ) {
    return 'IN_WARRANTY';
  }
  return null;
}
