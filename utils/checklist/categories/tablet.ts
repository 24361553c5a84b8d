import { defineCategory } from '../define';
import { BOTTOM_SIDE_TRANSLATIONS } from '../shared-shots';

export default defineCategory({
  id: 'tablet',
  name: 'Tablet',
  // The guide lists tablet shots right after the smartphone list, without a heading of their own.
  guideHeading: 'Please send 7 individual photos that clearly show',
  shots: [
    {
      id: 'screen-on',
      label: 'Screen turned on (if possible)',
      plainReason: 'Shows that the screen lights up and has no dead pixels, lines or stains.',
      howTo:
        'Turn the screen on (the lock screen is fine) and photograph the whole front. Skip this one if the tablet no longer turns on, and tell us.',
      translations: {
        'fr-fr': {
          label: 'Écran allumé (si possible)',
          howTo:
            "Allumez l'écran (l'écran de verrouillage suffit) et photographiez toute la face avant. Si la tablette ne s'allume plus, passez cette photo et dites-le-nous.",
        },
        'de-de': {
          label: 'Bildschirm eingeschaltet (wenn möglich)',
          howTo:
            'Schalten Sie den Bildschirm ein (der Sperrbildschirm genügt) und fotografieren Sie die ganze Vorderseite. Lässt sich das Tablet nicht mehr einschalten, lassen Sie dieses Foto weg und sagen Sie uns Bescheid.',
        },
        'es-es': {
          label: 'Pantalla encendida (si es posible)',
          howTo:
            'Encienda la pantalla (la pantalla de bloqueo sirve) y fotografíe todo el frontal. Si la tablet ya no se enciende, omita esta foto e indíquenoslo.',
        },
        'it-it': {
          label: 'Schermo acceso (se possibile)',
          howTo:
            'Accenda lo schermo (va bene la schermata di blocco) e fotografi tutto il lato anteriore. Se il tablet non si accende più, salti questa foto e ce lo dica.',
        },
      },
      // Tablets are photographed both ways, so shape is no hint.
      expect: { screenLit: true, shape: 'any' },
    },
    {
      id: 'screen-off',
      label: 'Screen turned off',
      plainReason: 'A dark screen shows scratches and cracks on the glass that a lit screen hides.',
      howTo: 'Turn the screen off and photograph the whole front, tilted a little so no lamp or window reflects in it.',
      translations: {
        'fr-fr': {
          label: 'Écran éteint',
          howTo:
            "Éteignez l'écran et photographiez toute la face avant, légèrement inclinée pour qu'aucune lampe ni fenêtre ne s'y reflète.",
        },
        'de-de': {
          label: 'Bildschirm ausgeschaltet',
          howTo:
            'Schalten Sie den Bildschirm aus und fotografieren Sie die ganze Vorderseite, leicht geneigt, damit sich keine Lampe und kein Fenster darin spiegelt.',
        },
        'es-es': {
          label: 'Pantalla apagada',
          howTo: 'Apague la pantalla y fotografíe todo el frontal, algo inclinado para que no se refleje ninguna lámpara ni ventana.',
        },
        'it-it': {
          label: 'Schermo spento',
          howTo:
            'Spenga lo schermo e fotografi tutto il lato anteriore, leggermente inclinato perché non vi si rifletta nessuna lampada o finestra.',
        },
      },
      expect: { screenLit: false, shape: 'any' },
    },
    {
      id: 'back',
      label: 'Back of the tablet',
      plainReason: 'Shows the condition of the back and the camera lens.',
      howTo: 'Turn the tablet over and photograph the whole back.',
      translations: {
        'fr-fr': {
          label: 'Dos de la tablette',
          howTo: 'Retournez la tablette et photographiez tout le dos.',
        },
        'de-de': {
          label: 'Rückseite des Tablets',
          howTo: 'Drehen Sie das Tablet um und fotografieren Sie die ganze Rückseite.',
        },
        'es-es': {
          label: 'Parte trasera de la tablet',
          howTo: 'Dé la vuelta a la tablet y fotografíe toda la parte trasera.',
        },
        'it-it': {
          label: 'Retro del tablet',
          howTo: 'Capovolga il tablet e fotografi tutto il retro.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'left-side',
      label: 'Left side',
      plainReason: 'Shows the edge and any buttons or connectors on it.',
      howTo: 'With the screen facing you, turn the tablet so its left edge faces the camera and photograph the whole edge.',
      translations: {
        'fr-fr': {
          label: 'Côté gauche',
          howTo: "Écran face à vous, tournez la tablette pour que son bord gauche soit face à l'objectif et photographiez tout le bord.",
        },
        'de-de': {
          label: 'Linke Seite',
          howTo:
            'Drehen Sie das Tablet, mit dem Bildschirm zu Ihnen, so dass die linke Kante zur Kamera zeigt, und fotografieren Sie die ganze Kante.',
        },
        'es-es': {
          label: 'Lateral izquierdo',
          howTo:
            'Con la pantalla hacia usted, gire la tablet para que su borde izquierdo quede frente a la cámara y fotografíe todo el borde.',
        },
        'it-it': {
          label: 'Lato sinistro',
          howTo:
            'Con lo schermo rivolto verso di sé, giri il tablet in modo che il bordo sinistro sia di fronte alla fotocamera e fotografi tutto il bordo.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'right-side',
      label: 'Right side',
      plainReason: 'Shows the edge and any buttons or connectors on it.',
      howTo: 'With the screen facing you, turn the tablet so its right edge faces the camera and photograph the whole edge.',
      translations: {
        'fr-fr': {
          label: 'Côté droit',
          howTo: "Écran face à vous, tournez la tablette pour que son bord droit soit face à l'objectif et photographiez tout le bord.",
        },
        'de-de': {
          label: 'Rechte Seite',
          howTo:
            'Drehen Sie das Tablet, mit dem Bildschirm zu Ihnen, so dass die rechte Kante zur Kamera zeigt, und fotografieren Sie die ganze Kante.',
        },
        'es-es': {
          label: 'Lateral derecho',
          howTo:
            'Con la pantalla hacia usted, gire la tablet para que su borde derecho quede frente a la cámara y fotografíe todo el borde.',
        },
        'it-it': {
          label: 'Lato destro',
          howTo:
            'Con lo schermo rivolto verso di sé, giri il tablet in modo che il bordo destro sia di fronte alla fotocamera e fotografi tutto il bordo.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'top-side',
      label: 'Top side',
      plainReason: 'Shows the top edge and its buttons.',
      howTo: 'Photograph the top edge of the tablet straight on.',
      translations: {
        'fr-fr': {
          label: 'Côté supérieur',
          howTo: 'Photographiez de face le bord supérieur de la tablette.',
        },
        'de-de': {
          label: 'Obere Seite',
          howTo: 'Fotografieren Sie die obere Kante des Tablets von vorn.',
        },
        'es-es': {
          label: 'Lado superior',
          howTo: 'Fotografíe de frente el borde superior dla tablet.',
        },
        'it-it': {
          label: 'Lato superiore',
          howTo: 'Fotografi frontalmente il bordo superiore del tablet.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'bottom-side',
      label: 'Bottom side',
      plainReason: 'Shows the charging port and the speaker holes.',
      howTo: 'Photograph the bottom edge straight on so the charging port can be seen clearly.',
      translations: BOTTOM_SIDE_TRANSLATIONS,
      expect: { screenLit: null, shape: 'any' },
    },
  ],
});
