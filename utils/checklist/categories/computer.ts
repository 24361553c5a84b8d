import { defineCategory } from '../define';

export default defineCategory({
  id: 'computer',
  name: 'Computer',
  guideHeading: 'Photos of personal computers must show',
  note: 'Written for laptops. Desktop computers with a built-in screen (iMac, all-in-ones) use it too: "slightly open" then simply means the side. Desktops without a screen (Mac mini, towers) use the "other" checklist.',
  shots: [
    {
      id: 'screen-on',
      label: 'Screen turned on',
      plainReason: 'Shows that the screen lights up and has no dead pixels, lines or stains.',
      howTo: 'Open the computer, turn it on and photograph the whole screen.',
      translations: {
        'fr-fr': {
          label: 'Écran allumé',
          howTo: "Ouvrez l'ordinateur, allumez-le et photographiez tout l'écran.",
        },
        'de-de': {
          label: 'Bildschirm eingeschaltet',
          howTo: 'Öffnen Sie den Computer, schalten Sie ihn ein und fotografieren Sie den ganzen Bildschirm.',
        },
        'es-es': {
          label: 'Pantalla encendida',
          howTo: 'Abra el ordenador, enciéndalo y fotografíe toda la pantalla.',
        },
        'it-it': {
          label: 'Schermo acceso',
          howTo: 'Apra il computer, lo accenda e fotografi tutto lo schermo.',
        },
      },
      expect: { screenLit: true, shape: 'landscape' },
    },
    {
      id: 'screen-off',
      label: 'Screen turned off',
      plainReason: 'A dark screen shows scratches, cracks and marks that a lit screen hides.',
      howTo: 'With the computer open and switched off, photograph the whole screen, tilted so no lamp or window reflects in it.',
      translations: {
        'fr-fr': {
          label: 'Écran éteint',
          howTo: "Ordinateur ouvert et éteint, photographiez tout l'écran, incliné pour qu'aucune lampe ni fenêtre ne s'y reflète.",
        },
        'de-de': {
          label: 'Bildschirm ausgeschaltet',
          howTo:
            'Fotografieren Sie bei geöffnetem, ausgeschaltetem Computer den ganzen Bildschirm, so geneigt, dass sich keine Lampe und kein Fenster darin spiegelt.',
        },
        'es-es': {
          label: 'Pantalla apagada',
          howTo:
            'Con el ordenador abierto y apagado, fotografíe toda la pantalla, inclinada para que no se refleje ninguna lámpara ni ventana.',
        },
        'it-it': {
          label: 'Schermo spento',
          howTo:
            'Con il computer aperto e spento, fotografi tutto lo schermo, inclinato perché non vi si rifletta nessuna lampada o finestra.',
        },
      },
      expect: { screenLit: false, shape: 'landscape' },
    },
    {
      id: 'back-case',
      label: 'Back case of the computer',
      plainReason: 'Shows dents and scratches on the lid or the back of the case.',
      howTo: 'Close the computer and photograph the whole outside of the lid (or the back of the case for a desktop).',
      translations: {
        'fr-fr': {
          label: "Coque arrière de l'ordinateur",
          howTo: "Fermez l'ordinateur et photographiez tout l'extérieur du capot (ou l'arrière du boîtier pour un ordinateur de bureau).",
        },
        'de-de': {
          label: 'Rückseite des Gehäuses',
          howTo:
            'Schließen Sie den Computer und fotografieren Sie die ganze Außenseite des Deckels (bei einem Desktop-Computer die Rückseite des Gehäuses).',
        },
        'es-es': {
          label: 'Carcasa trasera del ordenador',
          howTo:
            'Cierre el ordenador y fotografíe todo el exterior de la tapa (o la parte trasera de la caja si es un ordenador de sobremesa).',
        },
        'it-it': {
          label: 'Scocca posteriore del computer',
          howTo: "Chiuda il computer e fotografi tutto l'esterno del coperchio (o il retro del case, per un computer fisso).",
        },
      },
      expect: { screenLit: null, shape: 'landscape' },
    },
    {
      id: 'left-side-open',
      label: 'Left side (slightly open)',
      plainReason: 'Shows the ports on the left and the hinge.',
      howTo: 'Open the lid a little and photograph the left side so every port can be seen.',
      translations: {
        'fr-fr': {
          label: 'Côté gauche (légèrement ouvert)',
          howTo: "Ouvrez un peu l'écran et photographiez le côté gauche, de sorte que chaque port soit visible.",
        },
        'de-de': {
          label: 'Linke Seite (leicht geöffnet)',
          howTo: 'Öffnen Sie den Deckel ein wenig und fotografieren Sie die linke Seite so, dass jeder Anschluss zu sehen ist.',
        },
        'es-es': {
          label: 'Lateral izquierdo (ligeramente abierto)',
          howTo: 'Abra un poco la tapa y fotografíe el lateral izquierdo de modo que se vean todos los puertos.',
        },
        'it-it': {
          label: 'Lato sinistro (leggermente aperto)',
          howTo: 'Apra un poco il coperchio e fotografi il lato sinistro in modo che si vedano tutte le porte.',
        },
      },
      expect: { screenLit: null, shape: 'landscape' },
    },
    {
      id: 'right-side-open',
      label: 'Right side (slightly open)',
      plainReason: 'Shows the ports on the right and the hinge.',
      howTo: 'Open the lid a little and photograph the right side so every port can be seen.',
      translations: {
        'fr-fr': {
          label: 'Côté droit (légèrement ouvert)',
          howTo: "Ouvrez un peu l'écran et photographiez le côté droit, de sorte que chaque port soit visible.",
        },
        'de-de': {
          label: 'Rechte Seite (leicht geöffnet)',
          howTo: 'Öffnen Sie den Deckel ein wenig und fotografieren Sie die rechte Seite so, dass jeder Anschluss zu sehen ist.',
        },
        'es-es': {
          label: 'Lateral derecho (ligeramente abierto)',
          howTo: 'Abra un poco la tapa y fotografíe el lateral derecho de modo que se vean todos los puertos.',
        },
        'it-it': {
          label: 'Lato destro (leggermente aperto)',
          howTo: 'Apra un poco il coperchio e fotografi il lato destro in modo che si vedano tutte le porte.',
        },
      },
      expect: { screenLit: null, shape: 'landscape' },
    },
    {
      id: 'front-side-closed',
      label: 'Front side (closed)',
      plainReason: 'Shows the front edge, where the lid closes.',
      howTo: 'Close the computer and photograph the front edge straight on.',
      translations: {
        'fr-fr': {
          label: 'Face avant (fermé)',
          howTo: "Fermez l'ordinateur et photographiez de face le bord avant.",
        },
        'de-de': {
          label: 'Vorderseite (geschlossen)',
          howTo: 'Schließen Sie den Computer und fotografieren Sie die vordere Kante von vorn.',
        },
        'es-es': {
          label: 'Parte frontal (cerrado)',
          howTo: 'Cierre el ordenador y fotografíe de frente el borde delantero.',
        },
        'it-it': {
          label: 'Lato anteriore (chiuso)',
          howTo: 'Chiuda il computer e fotografi frontalmente il bordo anteriore.',
        },
      },
      expect: { screenLit: null, shape: 'landscape' },
    },
    {
      id: 'back-side-closed',
      label: 'Back side (closed)',
      plainReason: 'Shows the back edge, the hinge and any ports there.',
      howTo: 'Close the computer and photograph the back edge (the hinge side) straight on.',
      translations: {
        'fr-fr': {
          label: 'Face arrière (fermé)',
          howTo: "Fermez l'ordinateur et photographiez de face le bord arrière (côté charnière).",
        },
        'de-de': {
          label: 'Rückseite (geschlossen)',
          howTo: 'Schließen Sie den Computer und fotografieren Sie die hintere Kante (die Scharnierseite) von vorn.',
        },
        'es-es': {
          label: 'Parte trasera (cerrado)',
          howTo: 'Cierre el ordenador y fotografíe de frente el borde trasero (el lado de la bisagra).',
        },
        'it-it': {
          label: 'Lato posteriore (chiuso)',
          howTo: 'Chiuda il computer e fotografi frontalmente il bordo posteriore (il lato della cerniera).',
        },
      },
      expect: { screenLit: null, shape: 'landscape' },
    },
  ],
});
