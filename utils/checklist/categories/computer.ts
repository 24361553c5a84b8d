import { defineCategory } from '../define';

export default defineCategory({
  id: 'computer',
  name: 'Computer',
  guideHeading: 'Photos of personal computers must show',
  note:
    'Written for laptops. Desktop computers with a built-in screen (iMac, all-in-ones) use it too: "slightly open" then simply means the side. Desktops without a screen (Mac mini, towers) use the "other" checklist.',
  shots: [
    {
      id: 'screen-on',
      label: 'Screen turned on',
      plainReason: 'Shows that the screen lights up and has no dead pixels, lines or stains.',
      howTo: 'Open the computer, turn it on and photograph the whole screen.',
      expect: { screenLit: true, shape: 'landscape' },
    },
    {
      id: 'screen-off',
      label: 'Screen turned off',
      plainReason: 'A dark screen shows scratches, cracks and marks that a lit screen hides.',
      howTo: 'With the computer open and switched off, photograph the whole screen, tilted so no lamp or window reflects in it.',
      expect: { screenLit: false, shape: 'landscape' },
    },
    {
      id: 'back-case',
      label: 'Back case of the computer',
      plainReason: 'Shows dents and scratches on the lid or the back of the case.',
      howTo: 'Close the computer and photograph the whole outside of the lid (or the back of the case for a desktop).',
      expect: { screenLit: null, shape: 'landscape' },
    },
    {
      id: 'left-side-open',
      label: 'Left side (slightly open)',
      plainReason: 'Shows the ports on the left and the hinge.',
      howTo: 'Open the lid a little and photograph the left side so every port can be seen.',
      expect: { screenLit: null, shape: 'landscape' },
    },
    {
      id: 'right-side-open',
      label: 'Right side (slightly open)',
      plainReason: 'Shows the ports on the right and the hinge.',
      howTo: 'Open the lid a little and photograph the right side so every port can be seen.',
      expect: { screenLit: null, shape: 'landscape' },
    },
    {
      id: 'front-side-closed',
      label: 'Front side (closed)',
      plainReason: 'Shows the front edge, where the lid closes.',
      howTo: 'Close the computer and photograph the front edge straight on.',
      expect: { screenLit: null, shape: 'landscape' },
    },
    {
      id: 'back-side-closed',
      label: 'Back side (closed)',
      plainReason: 'Shows the back edge, the hinge and any ports there.',
      howTo: 'Close the computer and photograph the back edge (the hinge side) straight on.',
      expect: { screenLit: null, shape: 'landscape' },
    },
  ],
});
