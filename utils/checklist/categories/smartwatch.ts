import { defineCategory } from '../define';

/*
 * The UK guide lists seven shots. The US guide runs the last two together on one line ("Section between the strap
 * and the top screen Section between the strap and the bottom screen"): two shots, as in the UK list.
 */
export default defineCategory({
  id: 'smartwatch',
  name: 'Smartwatch',
  guideHeading: 'Photos of smartwatches must show',
  shots: [
    {
      id: 'screen-on',
      label: 'Front screen/case turned on',
      plainReason: 'Shows that the screen lights up and has no dead pixels or lines.',
      howTo: 'Turn the watch on and photograph the whole front, screen and case.',
      translations: {
        'fr-fr': {
          label: 'Écran/boîtier avant allumé',
          howTo: 'Allumez la montre et photographiez toute la face avant, écran et boîtier.',
        },
        'de-de': {
          label: 'Vorderseite (Bildschirm/Gehäuse) eingeschaltet',
          howTo: 'Schalten Sie die Uhr ein und fotografieren Sie die ganze Vorderseite, Bildschirm und Gehäuse.',
        },
        'es-es': {
          label: 'Pantalla/caja frontal encendida',
          howTo: 'Encienda el reloj y fotografíe todo el frontal, pantalla y caja.',
        },
        'it-it': {
          label: 'Schermo/cassa anteriore acceso',
          howTo: "Accenda l'orologio e fotografi tutto il lato anteriore, schermo e cassa.",
        },
      },
      expect: { screenLit: true, shape: 'any' },
    },
    {
      id: 'screen-off',
      label: 'Front screen/case turned off',
      plainReason: 'A dark screen shows scratches and cracks on the glass that a lit screen hides.',
      howTo: 'Turn the screen off and photograph the whole front, tilted so no lamp or window reflects in it.',
      translations: {
        'fr-fr': {
          label: 'Écran/boîtier avant éteint',
          howTo: "Éteignez l'écran et photographiez toute la face avant, inclinée pour qu'aucune lampe ni fenêtre ne s'y reflète.",
        },
        'de-de': {
          label: 'Vorderseite (Bildschirm/Gehäuse) ausgeschaltet',
          howTo:
            'Schalten Sie den Bildschirm aus und fotografieren Sie die ganze Vorderseite, so geneigt, dass sich keine Lampe und kein Fenster darin spiegelt.',
        },
        'es-es': {
          label: 'Pantalla/caja frontal apagada',
          howTo: 'Apague la pantalla y fotografíe todo el frontal, inclinado para que no se refleje ninguna lámpara ni ventana.',
        },
        'it-it': {
          label: 'Schermo/cassa anteriore spento',
          howTo: 'Spenga lo schermo e fotografi tutto il lato anteriore, inclinato perché non vi si rifletta nessuna lampada o finestra.',
        },
      },
      expect: { screenLit: false, shape: 'any' },
    },
    {
      id: 'back-case',
      label: 'Back case',
      labelUk: 'Rear case',
      plainReason: 'Shows the sensors on the back of the watch.',
      howTo: 'Turn the watch over and photograph the back of the case.',
      translations: {
        'fr-fr': {
          label: 'Boîtier arrière',
          howTo: 'Retournez la montre et photographiez le dos du boîtier.',
        },
        'de-de': {
          label: 'Gehäuserückseite',
          howTo: 'Drehen Sie die Uhr um und fotografieren Sie die Rückseite des Gehäuses.',
        },
        'es-es': {
          label: 'Parte trasera de la caja',
          howTo: 'Dé la vuelta al reloj y fotografíe la parte trasera de la caja.',
        },
        'it-it': {
          label: 'Retro della cassa',
          howTo: "Capovolga l'orologio e fotografi il retro della cassa.",
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'left-side',
      label: 'Left side',
      plainReason: 'Shows the edge of the case and any button on it.',
      howTo: 'Photograph the left edge of the case straight on.',
      translations: {
        'fr-fr': {
          label: 'Côté gauche',
          howTo: 'Photographiez de face le bord gauche du boîtier.',
        },
        'de-de': {
          label: 'Linke Seite',
          howTo: 'Fotografieren Sie die linke Kante des Gehäuses von vorn.',
        },
        'es-es': {
          label: 'Lateral izquierdo',
          howTo: 'Fotografíe de frente el borde izquierdo de la caja.',
        },
        'it-it': {
          label: 'Lato sinistro',
          howTo: 'Fotografi frontalmente il bordo sinistro della cassa.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'right-side',
      label: 'Right side',
      plainReason: 'Shows the crown and the side button.',
      howTo: 'Photograph the right edge of the case straight on, with the crown and button visible.',
      translations: {
        'fr-fr': {
          label: 'Côté droit',
          howTo: 'Photographiez de face le bord droit du boîtier, avec la couronne et le bouton visibles.',
        },
        'de-de': {
          label: 'Rechte Seite',
          howTo: 'Fotografieren Sie die rechte Kante des Gehäuses von vorn, mit sichtbarer Krone und Taste.',
        },
        'es-es': {
          label: 'Lateral derecho',
          howTo: 'Fotografíe de frente el borde derecho de la caja, con la corona y el botón visibles.',
        },
        'it-it': {
          label: 'Lato destro',
          howTo: 'Fotografi frontalmente il bordo destro della cassa, con la corona e il tasto visibili.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'strap-top',
      label: 'Section between the strap and the top screen',
      plainReason: 'Shows where the strap attaches above the screen.',
      howTo: 'Photograph close up where the strap meets the case above the screen.',
      translations: {
        'fr-fr': {
          label: "Jonction entre le bracelet et le haut de l'écran",
          howTo: "Photographiez en gros plan l'endroit où le bracelet rejoint le boîtier au-dessus de l'écran.",
        },
        'de-de': {
          label: 'Übergang zwischen Armband und oberem Bildschirmrand',
          howTo: 'Fotografieren Sie aus der Nähe die Stelle, an der das Armband oberhalb des Bildschirms auf das Gehäuse trifft.',
        },
        'es-es': {
          label: 'Zona entre la correa y la parte superior de la pantalla',
          howTo: 'Fotografíe de cerca el punto donde la correa se une a la caja por encima de la pantalla.',
        },
        'it-it': {
          label: 'Punto tra il cinturino e la parte superiore dello schermo',
          howTo: 'Fotografi da vicino il punto in cui il cinturino si unisce alla cassa sopra lo schermo.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'strap-bottom',
      label: 'Section between the strap and the bottom screen',
      plainReason: 'Shows where the strap attaches below the screen.',
      howTo: 'Photograph close up where the strap meets the case below the screen.',
      translations: {
        'fr-fr': {
          label: "Jonction entre le bracelet et le bas de l'écran",
          howTo: "Photographiez en gros plan l'endroit où le bracelet rejoint le boîtier sous l'écran.",
        },
        'de-de': {
          label: 'Übergang zwischen Armband und unterem Bildschirmrand',
          howTo: 'Fotografieren Sie aus der Nähe die Stelle, an der das Armband unterhalb des Bildschirms auf das Gehäuse trifft.',
        },
        'es-es': {
          label: 'Zona entre la correa y la parte inferior de la pantalla',
          howTo: 'Fotografíe de cerca el punto donde la correa se une a la caja por debajo de la pantalla.',
        },
        'it-it': {
          label: 'Punto tra il cinturino e la parte inferiore dello schermo',
          howTo: 'Fotografi da vicino il punto in cui il cinturino si unisce alla cassa sotto lo schermo.',
        },
      },
      expect: { screenLit: null, shape: 'any' },
    },
  ],
});
