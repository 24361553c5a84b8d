import { defineCategory } from '../define';

/*
 * The guide gives no list for other items: "take good-quality photos of the item, including all of its sides"
 * (US) and "Take pictures of your item from every angle. Make sure that pictures of sensitive components (screen,
 * ports, etc.) are taken close enough and under good lighting" (UK). We model that as the six faces of a box (front,
 * back, left, right, top, bottom: every side) plus one close-up of the sensitive parts, which keeps the seven
 * individual photos asked of every item. Labels are therefore ours, not the guide's.
 */
export default defineCategory({
  id: 'other',
  name: 'Other item',
  guideHeading: 'For anything not listed here ... take good-quality photos of the item, including all of its sides',
  note: 'The guide has no shot list for other items: these seven shots are every side plus a close-up of sensitive parts.',
  shots: [
    {
      id: 'front',
      label: 'Front',
      plainReason: 'Shows the main face of the item and its condition.',
      howTo: 'Photograph the whole front of the item.',
      translations: {
        'fr-fr': {
          label: 'Face avant',
          howTo: "Photographiez toute la face avant de l'article.",
        },
        'de-de': {
          label: 'Vorderseite',
          howTo: 'Fotografieren Sie die ganze Vorderseite des Artikels.',
        },
        'es-es': {
          label: 'Parte delantera',
          howTo: 'Fotografíe toda la parte delantera del artículo.',
        },
        'it-it': {
          label: 'Lato anteriore',
          howTo: 'Fotografi tutto il lato anteriore del prodotto.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'back',
      label: 'Back',
      plainReason: 'Shows the back of the item, where labels and ports often are.',
      howTo: 'Turn the item over and photograph the whole back.',
      translations: {
        'fr-fr': {
          label: 'Face arrière',
          howTo: "Retournez l'article et photographiez tout l'arrière.",
        },
        'de-de': {
          label: 'Rückseite',
          howTo: 'Drehen Sie den Artikel um und fotografieren Sie die ganze Rückseite.',
        },
        'es-es': {
          label: 'Parte trasera',
          howTo: 'Dé la vuelta al artículo y fotografíe toda la parte trasera.',
        },
        'it-it': {
          label: 'Retro',
          howTo: 'Capovolga il prodotto e fotografi tutto il retro.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'left-side',
      label: 'Left side',
      plainReason: 'Shows the left side and anything on it.',
      howTo: 'Photograph the left side straight on.',
      translations: {
        'fr-fr': {
          label: 'Côté gauche',
          howTo: 'Photographiez le côté gauche de face.',
        },
        'de-de': {
          label: 'Linke Seite',
          howTo: 'Fotografieren Sie die linke Seite von vorn.',
        },
        'es-es': {
          label: 'Lateral izquierdo',
          howTo: 'Fotografíe de frente el lateral izquierdo.',
        },
        'it-it': {
          label: 'Lato sinistro',
          howTo: 'Fotografi frontalmente il lato sinistro.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'right-side',
      label: 'Right side',
      plainReason: 'Shows the right side and anything on it.',
      howTo: 'Photograph the right side straight on.',
      translations: {
        'fr-fr': {
          label: 'Côté droit',
          howTo: 'Photographiez le côté droit de face.',
        },
        'de-de': {
          label: 'Rechte Seite',
          howTo: 'Fotografieren Sie die rechte Seite von vorn.',
        },
        'es-es': {
          label: 'Lateral derecho',
          howTo: 'Fotografíe de frente el lateral derecho.',
        },
        'it-it': {
          label: 'Lato destro',
          howTo: 'Fotografi frontalmente il lato destro.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'top-side',
      label: 'Top side',
      plainReason: 'Shows the top and anything on it.',
      howTo: 'Photograph the top straight on.',
      translations: {
        'fr-fr': {
          label: 'Dessus',
          howTo: 'Photographiez le dessus de face.',
        },
        'de-de': {
          label: 'Oberseite',
          howTo: 'Fotografieren Sie die Oberseite von vorn.',
        },
        'es-es': {
          label: 'Parte superior',
          howTo: 'Fotografíe de frente la parte superior.',
        },
        'it-it': {
          label: 'Lato superiore',
          howTo: 'Fotografi frontalmente il lato superiore.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'bottom-side',
      label: 'Bottom side',
      plainReason: 'Shows the underside, where feet, labels and vents often are.',
      howTo: 'Photograph the underside straight on.',
      translations: {
        'fr-fr': {
          label: 'Dessous',
          howTo: 'Photographiez le dessous de face.',
        },
        'de-de': {
          label: 'Unterseite',
          howTo: 'Fotografieren Sie die Unterseite von vorn.',
        },
        'es-es': {
          label: 'Parte inferior',
          howTo: 'Fotografíe de frente la parte inferior.',
        },
        'it-it': {
          label: 'Lato inferiore',
          howTo: 'Fotografi frontalmente il lato inferiore.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'sensitive-parts',
      label: 'Sensitive parts close up (screen, ports, etc.)',
      plainReason: 'Screens and ports are where damage matters most, and it only shows up close.',
      howTo: 'Take the screen and the ports close up, in good light. Several close-ups are welcome.',
      translations: {
        'fr-fr': {
          label: 'Parties sensibles en gros plan (écran, ports, etc.)',
          howTo: "Photographiez l'écran et les ports en gros plan, sous une bonne lumière. Plusieurs gros plans sont les bienvenus.",
        },
        'de-de': {
          label: 'Empfindliche Teile aus der Nähe (Bildschirm, Anschlüsse usw.)',
          howTo: 'Fotografieren Sie Bildschirm und Anschlüsse aus der Nähe bei gutem Licht. Mehrere Nahaufnahmen sind willkommen.',
        },
        'es-es': {
          label: 'Partes delicadas de cerca (pantalla, puertos, etc.)',
          howTo: 'Fotografíe de cerca la pantalla y los puertos, con buena luz. Varias fotos de cerca son bienvenidas.',
        },
        'it-it': {
          label: 'Parti delicate da vicino (schermo, porte, ecc.)',
          howTo: 'Fotografi da vicino lo schermo e le porte, con una buona luce. Più primi piani sono benvenuti.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
  ],
});
