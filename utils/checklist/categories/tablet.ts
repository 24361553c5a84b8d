import { defineCategory } from '../define';

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
      howTo: 'Turn the screen on (the lock screen is fine) and photograph the whole front. Skip this one if the tablet no longer turns on, and tell us.',
      // Tablets are photographed both ways, so shape is no hint.
      expect: { screenLit: true, shape: 'any' },
    },
    {
      id: 'screen-off',
      label: 'Screen turned off',
      plainReason: 'A dark screen shows scratches and cracks on the glass that a lit screen hides.',
      howTo: 'Turn the screen off and photograph the whole front, tilted a little so no lamp or window reflects in it.',
      expect: { screenLit: false, shape: 'any' },
    },
    {
      id: 'back',
      label: 'Back of the tablet',
      plainReason: 'Shows the condition of the back and the camera lens.',
      howTo: 'Turn the tablet over and photograph the whole back.',
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'left-side',
      label: 'Left side',
      plainReason: 'Shows the edge and any buttons or connectors on it.',
      howTo: 'With the screen facing you, turn the tablet so its left edge faces the camera and photograph the whole edge.',
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'right-side',
      label: 'Right side',
      plainReason: 'Shows the edge and any buttons or connectors on it.',
      howTo: 'With the screen facing you, turn the tablet so its right edge faces the camera and photograph the whole edge.',
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'top-side',
      label: 'Top side',
      plainReason: 'Shows the top edge and its buttons.',
      howTo: 'Photograph the top edge of the tablet straight on.',
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'bottom-side',
      label: 'Bottom side',
      plainReason: 'Shows the charging port and the speaker holes.',
      howTo: 'Photograph the bottom edge straight on so the charging port can be seen clearly.',
      expect: { screenLit: null, shape: 'any' },
    },
  ],
});
