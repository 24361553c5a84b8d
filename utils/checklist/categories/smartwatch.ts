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
      expect: { screenLit: true, shape: 'any' },
    },
    {
      id: 'screen-off',
      label: 'Front screen/case turned off',
      plainReason: 'A dark screen shows scratches and cracks on the glass that a lit screen hides.',
      howTo: 'Turn the screen off and photograph the whole front, tilted so no lamp or window reflects in it.',
      expect: { screenLit: false, shape: 'any' },
    },
    {
      id: 'back-case',
      label: 'Back case',
      labelUk: 'Rear case',
      plainReason: 'Shows the sensors on the back of the watch.',
      howTo: 'Turn the watch over and photograph the back of the case.',
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'left-side',
      label: 'Left side',
      plainReason: 'Shows the edge of the case and any button on it.',
      howTo: 'Photograph the left edge of the case straight on.',
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'right-side',
      label: 'Right side',
      plainReason: 'Shows the crown and the side button.',
      howTo: 'Photograph the right edge of the case straight on, with the crown and button visible.',
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'strap-top',
      label: 'Section between the strap and the top screen',
      plainReason: 'Shows where the strap attaches above the screen.',
      howTo: 'Photograph close up where the strap meets the case above the screen.',
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'strap-bottom',
      label: 'Section between the strap and the bottom screen',
      plainReason: 'Shows where the strap attaches below the screen.',
      howTo: 'Photograph close up where the strap meets the case below the screen.',
      expect: { screenLit: null, shape: 'any' },
    },
  ],
});
