import { defineTemplate } from '../define';
import { FREE_RETURN_WITHIN_2_DAYS } from './shared/trade-in';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Trade-in, account disconnection or ID upload unsuccessful despite help from the refurbisher or Customer Care
 * (trade-in guide): free return within 2 business days, with a tracking number from the refurbisher. Not for a
 * customer who did not try (that is trade-in-prepaid-ups-label).
 */
export default defineTemplate({
  id: 'trade-in-disconnection-or-id-failed',
  title: 'Trade-in: disconnection or ID upload unsuccessful, free return within 2 business days',
  folder: 'Trade-in',
  tags: ['trade-in', 'buyback', 'accounts', 'id', 'return', 'free'],
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

We're sorry that, even with the help you received from the refurbisher and our Customer Care team, you weren't able to disconnect your user account or upload your ID for the trade-in of {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}}.

In this case, the refurbisher will return the device to you free of charge within 2 business days. They will give you a tracking number so you can follow the parcel{{#tracking_number}}: {{tracking_number}}{{/tracking_number}}.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

We're sorry that, even with help from the refurbisher and our Customer Care team, you weren't able to disconnect your user account or upload your ID for the trade-in of {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}}.

In this case, the refurbisher will return the device to you at no cost within 2 business days. They'll provide a tracking number so you can follow the package{{#tracking_number}}: {{tracking_number}}{{/tracking_number}}.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Nous sommes désolés que, malgré l'aide du reconditionneur et de notre service client, vous n'ayez pas pu déconnecter votre compte utilisateur ni envoyer votre pièce d'identité pour la reprise de {{#product}}votre {{product}}{{/product}}{{^product}}votre appareil{{/product}}.

${FREE_RETURN_WITHIN_2_DAYS['fr-fr']}

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

es tut uns leid, dass Sie trotz der Hilfe des Refurbishers und unseres Kundenservice Ihr Benutzerkonto nicht abmelden oder Ihren Ausweis nicht hochladen konnten, um den Ankauf Ihres Geräts{{#product}} ({{product}}){{/product}} abzuschließen.

${FREE_RETURN_WITHIN_2_DAYS['de-de']}

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Lamentamos que, pese a la ayuda del reacondicionador y de nuestro servicio de atención al cliente, no haya podido desvincular su cuenta de usuario o subir su documento de identidad para la recompra de {{#product}}su {{product}}{{/product}}{{^product}}su dispositivo{{/product}}.

${FREE_RETURN_WITHIN_2_DAYS['es-es']}

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

ci dispiace che, nonostante l'aiuto del ricondizionatore e della nostra assistenza clienti, non sia riuscito a scollegare il suo account utente o a caricare il documento d'identità per la permuta del suo dispositivo{{#product}} ({{product}}){{/product}}.

${FREE_RETURN_WITHIN_2_DAYS['it-it']}

${CLOSING['it-it']}`,
  },
  sources: [
    {
      backs: ['2'],
      policy: 'trade-in-device-back.txt',
      quote: 'the refurbisher will return your device to you for free within 2 business days',
    },
  ],
});
