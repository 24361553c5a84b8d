import { defineCategory } from '../define';
import { BOTTOM_SIDE_TRANSLATIONS } from '../shared-shots';

export default defineCategory({
  id: 'smartphone',
  name: 'Smartphone',
  guideHeading: 'Please send 7 individual photos that clearly show',
  shots: [
    {
      id: 'screen-on',
      label: 'Smartphone with the screen turned on (if possible)',
      plainReason: 'Shows that the screen lights up and has no dead pixels, lines or stains.',
      howTo:
        'Turn the screen on (the lock screen is fine) and photograph the whole front. Skip this one if the phone no longer turns on, and tell us.',
      translations: {
        'fr-fr': {
          label: "Smartphone avec l'écran allumé (si possible)",
          howTo:
            "Allumez l'écran (l'écran de verrouillage suffit) et photographiez toute la face avant. Si le téléphone ne s'allume plus, passez cette photo et dites-le-nous.",
        },
        'de-de': {
          label: 'Smartphone mit eingeschaltetem Bildschirm (wenn möglich)',
          howTo:
            'Schalten Sie den Bildschirm ein (der Sperrbildschirm genügt) und fotografieren Sie die ganze Vorderseite. Lässt sich das Telefon nicht mehr einschalten, lassen Sie dieses Foto weg und sagen Sie uns Bescheid.',
        },
        'es-es': {
          label: 'Smartphone con la pantalla encendida (si es posible)',
          howTo:
            'Encienda la pantalla (la pantalla de bloqueo sirve) y fotografíe todo el frontal. Si el teléfono ya no se enciende, omita esta foto e indíquenoslo.',
        },
        'it-it': {
          label: 'Smartphone con lo schermo acceso (se possibile)',
          howTo:
            'Accenda lo schermo (va bene la schermata di blocco) e fotografi tutto il lato anteriore. Se il telefono non si accende più, salti questa foto e ce lo dica.',
        },
      },
      expect: { screenLit: true, shape: 'portrait' },
    },
    {
      id: 'screen-off',
      label: 'Smartphone with the screen turned off',
      plainReason: 'A dark screen shows scratches and cracks on the glass that a lit screen hides.',
      howTo: 'Turn the screen off and photograph the whole front, tilted a little so no lamp or window reflects in it.',
      translations: {
        'fr-fr': {
          label: "Smartphone avec l'écran éteint",
          howTo:
            "Éteignez l'écran et photographiez toute la face avant, légèrement inclinée pour qu'aucune lampe ni fenêtre ne s'y reflète.",
        },
        'de-de': {
          label: 'Smartphone mit ausgeschaltetem Bildschirm',
          howTo:
            'Schalten Sie den Bildschirm aus und fotografieren Sie die ganze Vorderseite, leicht geneigt, damit sich keine Lampe und kein Fenster darin spiegelt.',
        },
        'es-es': {
          label: 'Smartphone con la pantalla apagada',
          howTo: 'Apague la pantalla y fotografíe todo el frontal, algo inclinado para que no se refleje ninguna lámpara ni ventana.',
        },
        'it-it': {
          label: 'Smartphone con lo schermo spento',
          howTo:
            'Spenga lo schermo e fotografi tutto il lato anteriore, leggermente inclinato perché non vi si rifletta nessuna lampada o finestra.',
        },
      },
      expect: { screenLit: false, shape: 'portrait' },
    },
    {
      id: 'back',
      label: 'Back of the smartphone',
      plainReason: 'Shows the condition of the back and the camera lenses.',
      howTo: 'Turn the phone over and photograph the whole back, camera lenses included.',
      translations: {
        'fr-fr': {
          label: 'Dos du smartphone',
          howTo: 'Retournez le téléphone et photographiez tout le dos, objectifs photo compris.',
        },
        'de-de': {
          label: 'Rückseite des Smartphones',
          howTo: 'Drehen Sie das Telefon um und fotografieren Sie die ganze Rückseite, einschließlich der Kameraobjektive.',
        },
        'es-es': {
          label: 'Parte trasera del smartphone',
          howTo: 'Dé la vuelta al teléfono y fotografíe toda la parte trasera, incluidas las lentes de la cámara.',
        },
        'it-it': {
          label: 'Retro dello smartphone',
          howTo: 'Capovolga il telefono e fotografi tutto il retro, obiettivi della fotocamera compresi.',
        },
      },
      expect: { screenLit: null, shape: 'portrait' },
    },
    {
      id: 'left-side',
      label: 'Left side',
      plainReason: 'Shows the edge and its buttons (volume buttons on many phones).',
      howTo: 'With the screen facing you, turn the phone so its left edge faces the camera and photograph the whole edge.',
      translations: {
        'fr-fr': {
          label: 'Côté gauche',
          howTo: "Écran face à vous, tournez le téléphone pour que son bord gauche soit face à l'objectif et photographiez tout le bord.",
        },
        'de-de': {
          label: 'Linke Seite',
          howTo:
            'Drehen Sie das Telefon, mit dem Bildschirm zu Ihnen, so dass die linke Kante zur Kamera zeigt, und fotografieren Sie die ganze Kante.',
        },
        'es-es': {
          label: 'Lateral izquierdo',
          howTo:
            'Con la pantalla hacia usted, gire el teléfono para que su borde izquierdo quede frente a la cámara y fotografíe todo el borde.',
        },
        'it-it': {
          label: 'Lato sinistro',
          howTo:
            'Con lo schermo rivolto verso di sé, giri il telefono in modo che il bordo sinistro sia di fronte alla fotocamera e fotografi tutto il bordo.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'right-side',
      label: 'Right side',
      plainReason: 'Shows the edge and its buttons (power button, SIM tray on many phones).',
      howTo: 'With the screen facing you, turn the phone so its right edge faces the camera and photograph the whole edge.',
      translations: {
        'fr-fr': {
          label: 'Côté droit',
          howTo: "Écran face à vous, tournez le téléphone pour que son bord droit soit face à l'objectif et photographiez tout le bord.",
        },
        'de-de': {
          label: 'Rechte Seite',
          howTo:
            'Drehen Sie das Telefon, mit dem Bildschirm zu Ihnen, so dass die rechte Kante zur Kamera zeigt, und fotografieren Sie die ganze Kante.',
        },
        'es-es': {
          label: 'Lateral derecho',
          howTo:
            'Con la pantalla hacia usted, gire el teléfono para que su borde derecho quede frente a la cámara y fotografíe todo el borde.',
        },
        'it-it': {
          label: 'Lato destro',
          howTo:
            'Con lo schermo rivolto verso di sé, giri il telefono in modo che il bordo destro sia di fronte alla fotocamera e fotografi tutto il bordo.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'top-side',
      label: 'Top side',
      plainReason: 'Shows the top edge and anything on it (headphone jack, microphone, SIM tray on some phones).',
      howTo: 'Photograph the top edge of the phone straight on.',
      translations: {
        'fr-fr': {
          label: 'Côté supérieur',
          howTo: 'Photographiez de face le bord supérieur du téléphone.',
        },
        'de-de': {
          label: 'Obere Seite',
          howTo: 'Fotografieren Sie die obere Kante des Telefons von vorn.',
        },
        'es-es': {
          label: 'Lado superior',
          howTo: 'Fotografíe de frente el borde superior del teléfono.',
        },
        'it-it': {
          label: 'Lato superiore',
          howTo: 'Fotografi frontalmente il bordo superiore del telefono.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'bottom-side',
      label: 'Bottom side',
      plainReason: 'Shows the charging port, speaker and microphone holes.',
      howTo: 'Photograph the bottom edge straight on so the charging port can be seen clearly.',
      translations: BOTTOM_SIDE_TRANSLATIONS,
      expect: { screenLit: null, shape: 'any' },
    },
  ],
});
