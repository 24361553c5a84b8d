import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * How a customer starts a return (return guide, "Contact Back Market Customer Care"; UK guide, introduction): sign
 * in, "My orders" > "Ask for help", answer the questions; at the confirmation screen the return is under way and
 * Back Market replies within 24 business hours (US guide; the UK guide gives no delay and contradicts none of it).
 */
export default defineTemplate({
  id: 'return-how-to-start',
  title: 'Return: how to start one (My orders > Ask for help)',
  folder: 'Returns',
  tags: ['return', 'start', 'ask for help', 'my orders', 'customer care'],
  abbreviation: ';start',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

To start the return of {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}, please get in touch with Back Market Customer Care from your account:
1. Sign in to your Back Market account, open "My orders", then "Ask for help".
2. Answer the questions about your return as they come up.
3. The confirmation screen means your return request is under way: we'll reply within 24 business hours.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

To start the return of {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}, please contact Back Market Customer Care from your account:
1. Log in to your Back Market account, open "My orders", then "Ask for help".
2. Answer the questions about your return as they come up.
3. The confirmation screen means your return request is underway: we'll reply within 24 business hours.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Pour lancer le retour de {{#product}}votre {{product}}{{/product}}{{^product}}votre article{{/product}}, contactez le service client Back Market depuis votre compte :
1. Connectez-vous à votre compte Back Market, ouvrez « Mes commandes », puis « Demander de l'aide ».
2. Répondez aux questions sur votre retour au fur et à mesure.
3. Une fois l'écran de confirmation affiché, votre demande de retour est lancée : nous vous répondrons sous 24 heures ouvrées.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

um die Rücksendung Ihres Artikels{{#product}} ({{product}}){{/product}} zu starten, wenden Sie sich bitte über Ihr Konto an den Back Market Kundenservice:
1. Melden Sie sich in Ihrem Back Market Konto an, öffnen Sie „Meine Bestellungen“ und dann „Hilfe anfordern“.
2. Beantworten Sie nacheinander die Fragen zu Ihrer Rücksendung.
3. Sobald die Bestätigungsseite erscheint, ist Ihre Rücksendeanfrage eingegangen: Wir melden uns innerhalb von 24 Geschäftsstunden bei Ihnen.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Para iniciar la devolución de {{#product}}su {{product}}{{/product}}{{^product}}su artículo{{/product}}, póngase en contacto con el servicio de atención al cliente de Back Market desde su cuenta:
1. Inicie sesión en su cuenta de Back Market, abra «Mis pedidos» y después «Pedir ayuda».
2. Responda a las preguntas sobre su devolución a medida que aparezcan.
3. Cuando vea la pantalla de confirmación, su solicitud de devolución estará en marcha: le responderemos en un plazo de 24 horas hábiles.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

per avviare il reso del suo prodotto{{#product}} ({{product}}){{/product}}, contatti l'assistenza clienti Back Market dal suo account:
1. Acceda al suo account Back Market, apra «I miei ordini» e poi «Chiedi aiuto».
2. Risponda via via alle domande sul reso.
3. Quando compare la schermata di conferma, la sua richiesta di reso è avviata: le risponderemo entro 24 ore lavorative.

${CLOSING['it-it']}`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Log in to your Back Market account and go to "My orders" > "Ask for help".' },
    {
      backs: ['24'],
      policy: 'return-an-item.txt',
      quote:
        "When you've reached the confirmation screen, the return process is now underway and we'll be in touch within 24 business hours.",
    },
  ],
});
