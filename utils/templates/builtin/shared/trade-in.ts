/**
 * The free return of a trade-in device (trade-in guide: declined counteroffer, or disconnection or ID upload
 * unsuccessful): within 2 business days, with the refurbisher's tracking number. English bodies say it themselves.
 */
export const FREE_RETURN_WITHIN_2_DAYS = {
  'fr-fr': `Le reconditionneur vous renverra l'appareil gratuitement sous 2 jours ouvrés. Il vous communiquera un numéro de suivi pour suivre le colis{{#tracking_number}} : {{tracking_number}}{{/tracking_number}}.`,
  'de-de': `Der Refurbisher schickt Ihnen das Gerät innerhalb von 2 Werktagen kostenlos zurück. Er teilt Ihnen eine Sendungsnummer mit, damit Sie das Paket verfolgen können{{#tracking_number}}: {{tracking_number}}{{/tracking_number}}.`,
  'es-es': `El reacondicionador le devolverá el dispositivo de forma gratuita en un plazo de 2 días hábiles. Le facilitará un número de seguimiento para que pueda seguir el paquete{{#tracking_number}}: {{tracking_number}}{{/tracking_number}}.`,
  'it-it': `Il ricondizionatore le rispedirà il dispositivo gratuitamente entro 2 giorni lavorativi. Le fornirà un numero di tracciamento per seguire il pacco{{#tracking_number}}: {{tracking_number}}{{/tracking_number}}.`,
};
