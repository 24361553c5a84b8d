// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { builtinTemplate, builtinTemplates } from '@/utils/templates/registry';
import { renderTemplate } from '@/utils/templates/render';
import { loadPolicy } from '../helpers/policy';

/**
 * Each policy fact and the templates meant to carry it, in every locale. Bodies are rendered with no case facts at
 * all, so a fact hidden in an optional section (shown only when, say, the waybill is known) does not count. English
 * patterns apply to both English locales unless given per locale; `translated` gives the patterns of French, German,
 * Spanish and Italian. A fact with `locales` is one market's guide's (UK proof of disconnection) and is checked only
 * there. Deleting a fact from a body, in any language, fails its row; so does a missing body, except for a template
 * offered in one market only (`regions`).
 */
type EnglishLocale = 'en-gb' | 'en-us';
type TranslatedLocale = 'fr-fr' | 'de-de' | 'es-es' | 'it-it';
type Locale = EnglishLocale | TranslatedLocale;
type Pattern = RegExp | Record<EnglishLocale, RegExp>;
interface PolicyFact {
  fact: string;
  templates: readonly string[];
  /** Only these locales (a fact one market's guide states); all of them otherwise. */
  locales?: readonly Locale[];
  patterns: readonly Pattern[];
  translated?: Record<TranslatedLocale, readonly RegExp[]>;
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
    translated: {
      'fr-fr': [/30 jours/, /remboursement complet ou un échange/, /sauf si vous l'avez endommagé/, /garantie de 12 mois/, /réparé/],
      'de-de': [
        /30 Tagen/,
        /volle Erstattung oder einen Umtausch/,
        /es sei denn, Sie haben ihn beschädigt/,
        /Garantie von 12 Monaten/,
        /repariert/,
      ],
      'es-es': [/30 días/, /reembolso completo o un cambio/, /salvo que usted lo haya dañado/, /garantía de 12 meses/, /reparar/],
      'it-it': [
        /30 giorni/,
        /rimborso completo o una sostituzione/,
        /a meno che non lo abbia danneggiato/,
        /garanzia di 12 mesi/,
        /riparato/,
      ],
    },
  },
  {
    fact: 'the exclusions listed are some of them: the guide on warranty exclusions has them all',
    templates: ['warranty-coverage', ...WARRANTY_EXCLUSIONS],
    patterns: [/guide on warranty exclusions/, /full list/],
    translated: {
      'fr-fr': [/guide sur les exclusions de garantie/, /liste complète/],
      'de-de': [/Garantieausschlüssen/, /vollständige Liste/],
      'es-es': [/exclusiones de la garantía/, /lista completa/],
      'it-it': [/esclusioni dalla garanzia/, /elenco completo/],
    },
  },
  {
    fact: 'the three warranty exclusions',
    templates: ['warranty-coverage', ...WARRANTY_EXCLUSIONS],
    patterns: [/significant physical damage/, /oxidation/, /liquid damage/, /opened by a third party/],
    translated: {
      'fr-fr': [/dommages physiques importants/, /oxydation/, /liquide/, /ouvert par un tiers/],
      'de-de': [/[Ee]rhebliche physische Schäden/, /Oxidation/, /Flüssigkeit/, /von Dritten geöffnet/],
      'es-es': [/daños físicos importantes/, /oxidación/, /líquidos/, /abierto por un tercero/],
      'it-it': [/danni fisici importanti/, /ossidazione/, /liquidi/, /aperto da terzi/],
    },
  },
  {
    fact: 'a drop is impact damage',
    templates: ['warranty-coverage', 'warranty-exclusion-impact-damage'],
    patterns: [/impact damage/, /drop/],
    translated: {
      'fr-fr': [/choc/, /chute/],
      'de-de': [/Stoß/, /Sturz/],
      'es-es': [/golpe/, /caída/],
      'it-it': [/urto/, /caduta/],
    },
  },
  {
    fact: 'out of warranty, the seller does not cover return shipping for a repair',
    templates: ['warranty-coverage', ...WARRANTY_EXCLUSIONS],
    patterns: [/out of warranty, the seller does not cover the cost of return shipping for a repair/],
    translated: {
      'fr-fr': [/hors garantie, les frais de retour d'une réparation ne sont pas pris en charge par le vendeur/],
      'de-de': [/außerhalb der Garantie übernimmt der Verkäufer die Rücksendekosten für eine Reparatur nicht/],
      'es-es': [/fuera de garantía, el vendedor no cubre los gastos de envío de la devolución para una reparación/],
      'it-it': [/fuori garanzia il venditore non copre le spese di spedizione del reso per una riparazione/],
    },
  },
  // Step 2: photos.
  {
    fact: '7 individual photos',
    templates: PHOTO_REQUESTS.filter((id) => id !== 'photo-request-other'),
    patterns: [/\b7 individual photos\b/],
    translated: {
      'fr-fr': [/\b7 photos individuelles/],
      'de-de': [/\b7 einzelne Fotos/],
      'es-es': [/\b7 fotos individuales/],
      'it-it': [/\b7 foto singole/],
    },
  },
  {
    fact: 'clear, bright, ideally reflection-free photos showing buttons and ports',
    templates: PHOTO_REQUESTS,
    patterns: [/Clear/, { 'en-gb': /well-lit/, 'en-us': /bright/ }, /ideally without (?:reflections|glare)/, /buttons and ports/],
    translated: {
      'fr-fr': [/nettes et lumineuses/, /sans reflets/, /boutons et les ports/],
      'de-de': [/scharfe, helle Fotos/, /ohne Spiegelungen/, /Tasten und Anschlüsse/],
      'es-es': [/nítidas y luminosas/, /sin reflejos/, /botones y los puertos/],
      'it-it': [/nitide e luminose/, /senza riflessi/, /tasti e le porte/],
    },
  },
  {
    fact: 'photos may be sent one at a time',
    templates: PHOTO_REQUESTS,
    patterns: [{ 'en-gb': /send them one by one/, 'en-us': /send them individually/ }],
    translated: {
      'fr-fr': [/une par une/],
      'de-de': [/einzeln/],
      'es-es': [/de una en una/],
      'it-it': [/una alla volta/],
    },
  },
  {
    fact: 'other items: every angle, sensitive parts close up in good light',
    templates: ['photo-request-other'],
    patterns: [/every angle/, /sensitive parts/, /close up/, /For example:/],
    translated: {
      'fr-fr': [/sous tous les angles/, /parties sensibles/, /gros plan/, /Par exemple/],
      'de-de': [/aus allen Blickwinkeln/, /empfindlichen Teile/, /aus der Nähe/, /Zum Beispiel/],
      'es-es': [/desde todos los ángulos/, /partes delicadas/, /de cerca/, /Por ejemplo/],
      'it-it': [/da ogni angolazione/, /parti delicate/, /da vicino/, /Per esempio/],
    },
  },
  // Step 3: IMEI.
  {
    fact: "IMEI: smartphones only; on the box, in the seller's information, or from the phone",
    templates: ['imei-request'],
    patterns: [/only ask for it for smartphones/, /on the phone's box/, /information the seller sent you/],
    translated: {
      'fr-fr': [/que pour les smartphones/, /sur la boîte du téléphone/, /informations que le vendeur/],
      'de-de': [/nur bei Smartphones/, /Verpackung des Telefons/, /Informationen, die Ihnen der Verkäufer/],
      'es-es': [/Solo lo pedimos para los smartphones/, /caja del teléfono/, /información que le envió el vendedor/],
      'it-it': [/solo per gli smartphone/, /confezione del telefono/, /informazioni che il venditore/],
    },
  },
  // Step 4: backup.
  {
    fact: 'backup concerns devices with personal data; others skip it',
    templates: ['backup-data'],
    patterns: [/smartphones, tablets, laptops and other computers, and (?:games|gaming) consoles/, /skip this step/],
    translated: {
      'fr-fr': [/smartphones, tablettes, ordinateurs portables et autres ordinateurs, consoles de jeux/, /passer cette étape/],
      'de-de': [/Smartphones, Tablets, Laptops und andere Computer sowie Spielkonsolen/, /überspringen/],
      'es-es': [/smartphones, tablets, portátiles y otros ordenadores, y videoconsolas/, /saltarse este paso/],
      'it-it': [/smartphone, tablet, portatili e altri computer, console per videogiochi/, /saltare questo passaggio/],
    },
  },
  {
    fact: 'sellers test and may fully reset; they never handle personal data, so cannot back it up',
    templates: ['backup-data'],
    patterns: [
      /series of tests/,
      /(?:reset it completely|completely reset it)/,
      /Ethics and Compliance Charter/,
      /can(?:not|'t) make the backup for you/,
    ],
    translated: {
      'fr-fr': [
        /série de tests/,
        /réinitialiser complètement/,
        /Charte éthique et conformité/,
        /ne peut pas faire la sauvegarde à votre place/,
      ],
      'de-de': [/Reihe von Tests/, /vollständig zurück/, /Ethik- und Compliance-Charta/, /kann die Sicherung nicht für Sie übernehmen/],
      'es-es': [
        /serie de pruebas/,
        /restablecerlo por completo/,
        /Carta de Ética y Cumplimiento/,
        /no puede hacer la copia de seguridad por usted/,
      ],
      'it-it': [/serie di test/, /ripristinarlo completamente/, /Carta etica e di conformità/, /non può fare il backup al posto suo/],
    },
  },
  {
    fact: 'a dead device cannot be backed up, but a cloud backup may exist',
    templates: ['backup-data'],
    patterns: [/backup won't be possible/, /cloud accounts/],
    translated: {
      'fr-fr': [/sauvegarde ne sera pas possible/, /comptes cloud/],
      'de-de': [/keine Sicherung möglich/, /Cloud-Konten/],
      'es-es': [/no podrá hacer la copia/, /cuentas en la nube/],
      'it-it': [/backup non sarà possibile/, /account cloud/],
    },
  },
  // Step 5: accounts and eSIM.
  {
    fact: 'disconnect accounts and eSIM: three reasons, significant delays, proof',
    templates: ['disconnect-accounts'],
    patterns: [
      /iCloud/,
      /Google/,
      /Samsung/,
      /eSIM/,
      /privacy/,
      /restore and repair/,
      /next owner/,
      /significantly delayed/,
      /proof of the disconnection/,
    ],
    translated: {
      'fr-fr': [/iCloud/, /Google/, /Samsung/, /eSIM/, /vie privée/, /restaurer et réparer/, /prochain propriétaire/, /fortement retardé/],
      'de-de': [
        /iCloud/,
        /Google/,
        /Samsung/,
        /eSIM/,
        /Privatsphäre/,
        /wiederherstellen und reparieren/,
        /nächste Besitzer/,
        /verzögert sich erheblich/,
      ],
      'es-es': [
        /iCloud/,
        /Google/,
        /Samsung/,
        /eSIM/,
        /privacidad/,
        /restaurar y reparar/,
        /próximo propietario/,
        /retrasará considerablemente/,
      ],
      'it-it': [/iCloud/, /Google/, /Samsung/, /eSIM/, /privacy/, /ripristinare e riparare/, /prossimo proprietario/, /notevole ritardo/],
    },
  },
  {
    fact: 'iCloud on a working iPhone/iPad and Mac',
    templates: ['disconnect-icloud-device-works'],
    patterns: [/"Sign Out"/, /Apple ID password/, /"System Preferences"/, /Apple Pay/, /Find My Mac/, /Apple Watch/, /AirPods/],
    translated: {
      'fr-fr': [
        /Se déconnecter/,
        /mot de passe de votre identifiant Apple/,
        /Préférences Système/,
        /Apple Pay/,
        /Localiser mon Mac/,
        /Apple Watch/,
        /AirPods/,
      ],
      'de-de': [/„Abmelden“/, /Passwort Ihrer Apple-ID/, /Systemeinstellungen/, /Apple Pay/, /Meinen Mac suchen/, /Apple Watch/, /AirPods/],
      'es-es': [
        /«Cerrar sesión»/,
        /contraseña de su ID de Apple/,
        /Preferencias del Sistema/,
        /Apple Pay/,
        /Buscar mi Mac/,
        /Apple Watch/,
        /AirPods/,
      ],
      'it-it': [/«Esci»/, /password del suo ID Apple/, /Preferenze di Sistema/, /Apple Pay/, /Trova il mio Mac/, /Apple Watch/, /AirPods/],
    },
  },
  {
    fact: 'iCloud remote removal',
    templates: ['disconnect-icloud-device-dead'],
    patterns: [
      /iCloud website/,
      /"Find iPhone"/,
      /"All Devices"/,
      /offline/,
      /"Remove from Account"/,
      /Activation Lock/,
      /trusted devices/,
    ],
    translated: {
      'fr-fr': [
        /site iCloud/,
        /Localiser/,
        /Tous les appareils/,
        /hors ligne/,
        /Supprimer de ce compte/,
        /verrouillage d'activation/,
        /appareils de confiance/,
      ],
      'de-de': [
        /iCloud-Website/,
        /Wo ist\?/,
        /Alle Geräte/,
        /offline/,
        /Aus Account entfernen/,
        /Aktivierungssperre/,
        /vertrauenswürdigen Geräte/,
      ],
      'es-es': [
        /sitio web de iCloud/,
        /«Buscar»/,
        /Todos los dispositivos/,
        /sin conexión/,
        /Eliminar de la cuenta/,
        /bloqueo de activación/,
        /dispositivos de confianza/,
      ],
      'it-it': [
        /sito iCloud/,
        /«Dov'è»/,
        /Tutti i dispositivi/,
        /offline/,
        /Rimuovi dall'account/,
        /blocco attivazione/,
        /dispositivi attendibili/,
      ],
    },
  },
  {
    fact: 'Google on a working device',
    templates: ['disconnect-google-device-works'],
    patterns: [
      /"Accounts and backup"/,
      /"Sign out of all accounts"/,
      /does(?: not|n't) delete your Google account/,
      /"Clear browsing data"/,
    ],
    translated: {
      'fr-fr': [/Comptes et sauvegarde/, /Se déconnecter de tous les comptes/, /n'est pas supprimé/, /Effacer les données de navigation/],
      'de-de': [/Konten und Sicherung/, /Von allen Konten abmelden/, /nicht gelöscht/, /Browserdaten löschen/],
      'es-es': [/Cuentas y copia de seguridad/, /Cerrar sesión en todas las cuentas/, /no se elimina/, /Borrar datos de navegación/],
      'it-it': [/Account e backup/, /Esci da tutti gli account/, /non viene eliminato/, /Cancella dati di navigazione/],
    },
  },
  {
    fact: 'Google remote removal',
    templates: ['disconnect-google-device-dead'],
    patterns: [
      /"Security"/,
      /"Your devices"/,
      /"Manage devices"/,
      /"Sign out"/,
      /Change your Google account password/,
      /two-factor authentication/,
      /Find My Device/,
    ],
    translated: {
      'fr-fr': [
        /Sécurité/,
        /Vos appareils/,
        /Gérer tous les appareils/,
        /Se déconnecter/,
        /Changez le mot de passe/,
        /validation en deux étapes/,
        /Localiser mon appareil/,
      ],
      'de-de': [
        /Sicherheit/,
        /Meine Geräte/,
        /Alle Geräte verwalten/,
        /Abmelden/,
        /Ändern Sie das Passwort/,
        /Bestätigung in zwei Schritten/,
        /Mein Gerät finden/,
      ],
      'es-es': [
        /Seguridad/,
        /Tus dispositivos/,
        /Gestionar todos los dispositivos/,
        /Cerrar sesión/,
        /Cambie la contraseña/,
        /verificación en dos pasos/,
        /Encontrar mi dispositivo/,
      ],
      'it-it': [
        /Sicurezza/,
        /I tuoi dispositivi/,
        /Gestisci tutti i dispositivi/,
        /Esci/,
        /Cambi la password/,
        /verifica in due passaggi/,
        /Trova il mio dispositivo/,
      ],
    },
  },
  {
    fact: 'Samsung on a working device',
    templates: ['disconnect-samsung-device-works'],
    patterns: [/"Accounts and backup"/, /"Remove account"/, /"Your info"/, /"Email & accounts"/, /Samsung apps/],
    translated: {
      'fr-fr': [/Comptes et sauvegarde/, /Supprimer le compte/, /Vos informations/, /E-mail et comptes/, /applications Samsung/],
      'de-de': [/Konten und Sicherung/, /Konto entfernen/, /Ihre Infos/, /E-Mail und Konten/, /Samsung-Apps/],
      'es-es': [
        /Cuentas y copia de seguridad/,
        /Eliminar cuenta/,
        /Tu información/,
        /Correo electrónico y cuentas/,
        /aplicaciones de Samsung/,
      ],
      'it-it': [/Account e backup/, /Rimuovi account/, /Le tue info/, /Posta elettronica e account/, /app Samsung/],
    },
  },
  {
    fact: 'Samsung remote removal',
    templates: ['disconnect-samsung-device-dead'],
    patterns: [/"Erase data"/, /factory reset/, /Samsung account website/],
    translated: {
      'fr-fr': [/Effacer les données/, /réinitialisation aux paramètres d'usine/, /site du compte Samsung/],
      'de-de': [/Daten löschen/, /Werkseinstellungen/, /Samsung-Account-Website/],
      'es-es': [/Borrar datos/, /valores de fábrica/, /sitio web de la cuenta Samsung/],
      'it-it': [/Cancella dati/, /dati di fabbrica/, /sito dell'account Samsung/],
    },
  },
  {
    fact: 'eSIM on a phone that turns on: delete it in settings or when restoring',
    templates: ['disconnect-esim-device-works'],
    patterns: [/"Mobile Data"/, /"Delete eSIM"/, /erase the eSIM/],
    translated: {
      'fr-fr': [/Données cellulaires/, /Supprimer l'eSIM/, /effacer aussi l'eSIM/],
      'de-de': [/Mobilfunk/, /eSIM löschen/, /auch die eSIM gelöscht/],
      'es-es': [/Datos móviles/, /Eliminar eSIM/, /borrar también la eSIM/],
      'it-it': [/Cellulare/, /Elimina eSIM/, /cancellare anche la eSIM/],
    },
  },
  {
    fact: 'eSIM on a phone that does not turn on: the carrier disconnects it',
    templates: ['disconnect-esim-device-dead'],
    patterns: [{ 'en-gb': /mobile network operator/, 'en-us': /wireless carrier/ }, /disconnect the eSIM/],
    translated: {
      'fr-fr': [/opérateur mobile/, /déconnecter l'eSIM/],
      'de-de': [/Mobilfunkanbieter/, /eSIM des defekten Telefons zu trennen/],
      'es-es': [/operador de telefonía móvil/, /desconecte la eSIM/],
      'it-it': [/operatore telefonico/, /scollegare la eSIM/],
    },
  },
  {
    fact: 'proof of disconnection, needed before repair',
    templates: ['disconnect-proof'],
    patterns: [/proof/, /before any repair work can (?:begin|start)/],
    translated: {
      'fr-fr': [/preuve/, /avant toute réparation/],
      'de-de': [/Nachweis/, /vor jeder Reparatur/],
      'es-es': [/prueba/, /antes de cualquier reparación/],
      'it-it': [/prova/, /prima di qualsiasi riparazione/],
    },
  },
  {
    fact: 'UK customers send proof of disconnection after each step-by-step disconnection',
    templates: DISCONNECT_STEPS,
    locales: ['en-gb'], // the UK guide's step 5; the international guide asks for no proof
    patterns: [/send us proof of the disconnection/],
  },
  {
    fact: 'without the eSIM deactivated, the device cannot be returned',
    templates: ['disconnect-esim-device-dead'],
    patterns: [/eSIM must be deactivated/],
    translated: {
      'fr-fr': [/l'eSIM doit être désactivée/],
      'de-de': [/muss die eSIM deaktiviert sein/],
      'es-es': [/la eSIM debe estar desactivada/],
      'it-it': [/la eSIM deve essere disattivata/],
    },
  },
  {
    fact: 'how to start a return',
    templates: ['return-how-to-start'],
    patterns: [/"My orders", then "Ask for help"/, /confirmation screen/, /within 24 business hours/],
    translated: {
      'fr-fr': [/Mes commandes/, /Demander de l'aide/, /écran de confirmation/, /24 heures ouvrées/],
      'de-de': [/Meine Bestellungen/, /Hilfe anfordern/, /Bestätigungsseite/, /24 Geschäftsstunden/],
      'es-es': [/Mis pedidos/, /Pedir ayuda/, /pantalla de confirmación/, /24 horas hábiles/],
      'it-it': [/I miei ordini/, /Chiedi aiuto/, /schermata di conferma/, /24 ore lavorative/],
    },
  },
  // Step 6: order details.
  {
    fact: 'printed proof of purchase from My orders',
    templates: ['order-details-in-parcel'],
    patterns: [/proof of purchase or invoice/, /"My orders"/],
    translated: {
      'fr-fr': [/preuve d'achat ou votre facture/, /Mes commandes/],
      'de-de': [/Kaufbeleg oder Ihre Rechnung/, /Meine Bestellungen/],
      'es-es': [/justificante de compra o su factura/, /Mis pedidos/],
      'it-it': [/prova d'acquisto o la fattura/, /I miei ordini/],
    },
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
    translated: {
      'fr-fr': [
        /feuille blanche/,
        /^- Back Market$/m,
        /^- Vos nom et prénom$/m,
        /^- Votre numéro de commande$/m,
        /^- La date de la commande$/m,
        /^- Le code PIN ou le schéma de déverrouillage de l'appareil, si vous n'avez pas pu le retirer/m,
      ],
      'de-de': [
        /leeres Blatt Papier/,
        /^- Back Market$/m,
        /^- Ihr Vor- und Nachname$/m,
        /^- Ihre Bestellnummer$/m,
        /^- Das Bestelldatum$/m,
        /^- Der PIN-Code oder das Entsperrmuster des Geräts, falls Sie ihn nicht/m,
      ],
      'es-es': [
        /hoja en blanco/,
        /^- Back Market$/m,
        /^- Su nombre y apellidos$/m,
        /^- Su número de pedido$/m,
        /^- La fecha del pedido$/m,
        /^- El código PIN o el patrón de desbloqueo del dispositivo, si no pudo quitarlo/m,
      ],
      'it-it': [
        /foglio bianco/,
        /^- Back Market$/m,
        /^- Il suo nome e cognome$/m,
        /^- Il suo numero d'ordine$/m,
        /^- La data dell'ordine$/m,
        /^- Il codice PIN o la sequenza di sblocco del dispositivo, se non è riuscito a rimuoverli/m,
      ],
    },
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
    translated: {
      'fr-fr': [
        /double ou triple cannelure/,
        /Évitez de réutiliser un vieux carton/,
        /peut le refuser/,
        /papier bulle/,
        /aucun espace vide/,
        /ruban adhésif d'emballage/,
        /ruban de masquage, de ficelle ni de corde/,
        /chaque coin et chaque jointure/,
        /étiquette de retour sur le dessus du carton/,
        /copie de l'étiquette à l'intérieur/,
        /photographiez l'intérieur du colis/,
        /étiquette de retour bien visible/,
        /preuve de remise/,
      ],
      'de-de': [
        /doppel- oder dreiwelliger Pappe/,
        /keinen alten Karton wieder/,
        /ablehnen/,
        /Luftpolsterfolie/,
        /kein leerer Raum/,
        /druckempfindlichem Packband/,
        /Kreppband, keine Schnur und kein Seil/,
        /alle Ecken und Nähte/,
        /Rücksendeetikett oben auf den Karton/,
        /Kopie des Etiketts in den Karton/,
        /Fotografieren Sie vor dem Versand das Innere/,
        /gut sichtbarem Rücksendeetikett/,
        /Übergabe bestätigen/,
      ],
      'es-es': [
        /doble o triple canal/,
        /no reutilice una caja vieja/,
        /rechazarla/,
        /plástico de burbujas/,
        /ningún espacio vacío/,
        /cinta adhesiva de embalar/,
        /cinta de carrocero, cordel ni cuerda/,
        /todas las esquinas y juntas/,
        /etiqueta de devolución en la parte superior de la caja/,
        /copia de la etiqueta dentro/,
        /fotos del interior del paquete/,
        /etiqueta de devolución bien visible/,
        /comprobante de entrega/,
      ],
      'it-it': [
        /doppia o tripla onda/,
        /Eviti di riutilizzare una scatola vecchia/,
        /rifiutarla/,
        /pluriball/,
        /spazio vuoto/,
        /nastro adesivo da imballaggio/,
        /nastro di carta, spago o corda/,
        /ogni angolo e ogni giunzione/,
        /etichetta di reso sul lato superiore della scatola/,
        /copia dell'etichetta all'interno/,
        /fotografi l'interno del pacco/,
        /etichetta di reso ben visibile/,
        /prova dell'avvenuta consegna/,
      ],
    },
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
    translated: {
      'fr-fr': [
        /Express Worldwide DHL/,
        /Do you need to create a shipping label\?/,
        /I have a DHL Waybill Number/,
        /numéro à 10 chiffres situé à côté du mot WAYBILL, sous le premier code-barres/,
        /date et l'heure de l'enlèvement/,
        /chez vous au moment choisi/,
      ],
      'de-de': [
        /Express Worldwide DHL/,
        /Do you need to create a shipping label\?/,
        /I have a DHL Waybill Number/,
        /10-stellige Nummer neben dem Wort WAYBILL, unter dem ersten Barcode/,
        /Datum und Uhrzeit der Abholung/,
        /zum gewählten Zeitpunkt bitte zu Hause/,
      ],
      'es-es': [
        /Express Worldwide DHL/,
        /Do you need to create a shipping label\?/,
        /I have a DHL Waybill Number/,
        /número de 10 dígitos que aparece junto a la palabra WAYBILL, debajo del primer código de barras/,
        /fecha y la hora de la recogida/,
        /en casa a la hora elegida/,
      ],
      'it-it': [
        /Express Worldwide DHL/,
        /Do you need to create a shipping label\?/,
        /I have a DHL Waybill Number/,
        /numero di 10 cifre accanto alla parola WAYBILL, sotto il primo codice a barre/,
        /data e l'ora del ritiro/,
        /a casa all'orario scelto/,
      ],
    },
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
    translated: {
      'fr-fr': [
        /Send shipment.{1,4}> .{1,4}I have a DHL account or return shipment.{1,4}> .{1,4}I have printed a DHL Label/,
        /Label printing possible/,
        /dessus du carton/,
        /petit supplément/,
        /copie numérique de l'étiquette/,
        /conservez votre reçu/,
      ],
      'de-de': [
        /Send shipment.{1,4}> .{1,4}I have a DHL account or return shipment.{1,4}> .{1,4}I have printed a DHL Label/,
        /Label printing possible/,
        /oben auf den Karton/,
        /kleine Gebühr/,
        /digitale Kopie des Etiketts/,
        /bewahren Sie Ihre Quittung auf/,
      ],
      'es-es': [
        /Send shipment.{1,4}> .{1,4}I have a DHL account or return shipment.{1,4}> .{1,4}I have printed a DHL Label/,
        /Label printing possible/,
        /parte superior de la caja/,
        /pequeño importe/,
        /copia digital de la etiqueta/,
        /guarde su recibo/,
      ],
      'it-it': [
        /Send shipment.{1,4}> .{1,4}I have a DHL account or return shipment.{1,4}> .{1,4}I have printed a DHL Label/,
        /Label printing possible/,
        /lato superiore della scatola/,
        /piccolo supplemento/,
        /copia digitale dell'etichetta/,
        /conservi la ricevuta/,
      ],
    },
  },
  {
    fact: 'a DHL Express label has two options',
    templates: ['return-label-dhl-service-point', 'return-label-dhl-pickup'],
    patterns: [/DHL Service Point/, /(?:collect|pick)/],
    translated: {
      'fr-fr': [/DHL Service Point/, /chez vous/],
      'de-de': [/DHL Service Point/, /abholen/],
      'es-es': [/DHL Service Point/, /recog/],
      'it-it': [/DHL Service Point/, /ritir/],
    },
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
    translated: {
      'fr-fr': [/service client Back Market/, /règles propres au transporteur/, /conserver le reçu/, /assurance/, /numéro de suivi/],
      'de-de': [
        /Back Market Kundenservice/,
        /Vorgaben des Versanddienstleisters/,
        /Bewahren Sie die Quittung auf/,
        /Versicherung/,
        /Sendungsnummer/,
      ],
      'es-es': [
        /atención al cliente de Back Market/,
        /normas del propio transportista/,
        /guarde el recibo/,
        /seguro/,
        /número de seguimiento/,
      ],
      'it-it': [
        /assistenza clienti Back Market/,
        /regole del corriere/,
        /conservare la ricevuta/,
        /assicurazione/,
        /numero di tracciamento/,
      ],
    },
  },
  {
    fact: 'the wrong drop-off point can refuse the parcel',
    templates: ['return-label-dhl-express', 'return-label-dhl-service-point', 'return-label-dpd-uk'],
    patterns: [/can (?:be )?refuse/],
    translated: {
      'fr-fr': [/peut être refusé/],
      'de-de': [/abgelehnt werden/],
      'es-es': [/puede ser rechazado/],
      'it-it': [/può essere rifiutato/],
    },
  },
  // Trade-in.
  {
    fact: "free return within 2 business days with the refurbisher's tracking number",
    templates: TRADE_IN_FREE_RETURNS,
    patterns: [/free of charge|at no cost/, /within 2 business days/, /tracking number/, parcel],
    translated: {
      'fr-fr': [/gratuitement/, /sous 2 jours ouvrés/, /numéro de suivi/, /colis/],
      'de-de': [/kostenlos/, /innerhalb von 2 Werktagen/, /Sendungsnummer/, /Paket/],
      'es-es': [/de forma gratuita/, /en un plazo de 2 días hábiles/, /número de seguimiento/, /paquete/],
      'it-it': [/gratuitamente/, /entro 2 giorni lavorativi/, /numero di tracciamento/, /pacco/],
    },
  },
  {
    fact: 'the three situations needing a prepaid UPS label',
    templates: ['trade-in-prepaid-ups-label'],
    patterns: [
      /did(?: not|n't) try to disconnect your user accounts/,
      /despite our help and reminders/,
      /copy of your ID/,
      /counterfeit, greylisted, blocklisted,? or rooted/,
    ],
    translated: {
      'fr-fr': [
        /pas essayé de déconnecter vos comptes utilisateur/,
        /malgré notre aide et nos relances/,
        /copie de votre pièce d'identité/,
        /contrefait, sur liste grise, sur liste noire ou rooté/,
      ],
      'de-de': [
        /nicht versucht haben, Ihre Benutzerkonten/,
        /trotz unserer Hilfe und Erinnerungen/,
        /Kopie Ihres Ausweises/,
        /gefälscht, auf der Greylist, auf der Blocklist oder gerootet/,
      ],
      'es-es': [
        /no intentó desvincular sus cuentas de usuario/,
        /pese a nuestra ayuda y nuestros recordatorios/,
        /copia de su documento de identidad/,
        /falsificado, en lista gris, en lista negra o rooteado/,
      ],
      'it-it': [
        /non ha provato a scollegare i suoi account utente/,
        /nonostante il nostro aiuto e i nostri promemoria/,
        /copia del documento d'identità/,
        /contraffatto, in greylist, in blocklist o con root/,
      ],
    },
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
    translated: {
      'fr-fr': [
        /Create a Shipment/,
        /UPS\.com/,
        /invité/,
        /smartphone 0,25 kg \(0,55 lb\)/,
        /tablette 0,75 kg \(1,65 lb\)/,
        /ordinateur portable 2 kg \(4,4 lb\)/,
        /console 2,7 kg \(6 lb\)/,
        /pesez-le vous-même ou faites-le peser au bureau de poste/,
        /l'adresse de l'expéditeur est celle du reconditionneur/,
        /adresse du destinataire est votre propre adresse/,
        /assurance/,
        /bon d'expédition au reconditionneur en pièce jointe/,
        /compte Back Market/,
        /sous 2 jours ouvrés/,
      ],
      'de-de': [
        /Create a Shipment/,
        /UPS\.com/,
        /Gast/,
        /Smartphone 0,25 kg \(0,55 lb\)/,
        /Tablet 0,75 kg \(1,65 lb\)/,
        /Laptop 2 kg \(4,4 lb\)/,
        /Konsole 2,7 kg \(6 lb\)/,
        /selbst oder lassen es bei der Post wiegen/,
        /Absenderadresse ist die des Refurbishers/,
        /Empfängeradresse ist Ihre eigene/,
        /Versicherung/,
        /Versandbeleg als Anhang an den Refurbisher/,
        /Back Market Konto/,
        /innerhalb von 2 Werktagen/,
      ],
      'es-es': [
        /Create a Shipment/,
        /UPS\.com/,
        /invitado/,
        /smartphone 0,25 kg \(0,55 lb\)/,
        /tablet 0,75 kg \(1,65 lb\)/,
        /portátil 2 kg \(4,4 lb\)/,
        /consola 2,7 kg \(6 lb\)/,
        /péselo usted o llévelo a pesar a la oficina de correos/,
        /dirección del remitente es la del reacondicionador/,
        /la del destinatario es su propia dirección/,
        /seguro/,
        /justificante de envío al reacondicionador como archivo adjunto/,
        /cuenta de Back Market/,
        /en un plazo de 2 días hábiles/,
      ],
      'it-it': [
        /Create a Shipment/,
        /UPS\.com/,
        /ospite/,
        /smartphone 0,25 kg \(0,55 lb\)/,
        /tablet 0,75 kg \(1,65 lb\)/,
        /portatile 2 kg \(4,4 lb\)/,
        /console 2,7 kg \(6 lb\)/,
        /lo pesi lei o lo faccia pesare all'ufficio postale/,
        /indirizzo del mittente è quello del ricondizionatore/,
        /indirizzo del destinatario è il suo indirizzo/,
        /assicurazione/,
        /documento di spedizione al ricondizionatore come allegato/,
        /account Back Market/,
        /entro 2 giorni lavorativi/,
      ],
    },
  },
];

const ALL_LOCALES: readonly Locale[] = ['en-gb', 'en-us', 'fr-fr', 'de-de', 'es-es', 'it-it'];

/** A template offered in some markets only (DPD UK) has no body, and no fact, in the others' languages. */
function offeredIn(id: string, locale: Locale): boolean {
  const template = builtinTemplate(id);
  return locale.startsWith('en-') || !template.regions;
}

const rows = FACTS.flatMap((fact) =>
  fact.templates.flatMap((id) =>
    (fact.locales ?? ALL_LOCALES).filter((locale) => offeredIn(id, locale)).map((locale) => [fact.fact, id, locale, fact] as const),
  ),
);

function patternsFor(fact: PolicyFact, locale: Locale): readonly RegExp[] {
  if (locale === 'en-gb' || locale === 'en-us') {
    return fact.patterns.map((pattern) => (pattern instanceof RegExp ? pattern : pattern[locale]));
  }
  const translated = fact.translated?.[locale];
  if (!translated) throw new Error(`"${fact.fact}" has no ${locale} patterns: add them, or limit the fact with locales`);
  return translated;
}

describe('policy facts in the templates meant to carry them', () => {
  it.each(rows)('%s: %s (%s)', (_fact, id, locale, fact) => {
    const body = builtinTemplate(id).bodies[locale];
    expect(body, `${id} has no ${locale} body`).toBeDefined();
    const text = renderTemplate(body ?? '', {}).text;
    for (const regex of patternsFor(fact, locale)) {
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
