import { defineCategory } from '../define';

export default defineCategory({
  id: 'smartphone',
  name: 'Smartphone',
  guideHeading: 'Please send 7 individual photos that clearly show',
  shots: [
    {
      id: 'screen-on',
      label: 'Smartphone with the screen turned on (if possible)',
      plainReason: 'Shows that the screen lights up and has no dead pixels, lines or stains.',
      howTo: 'Turn the screen on (the lock screen is fine) and photograph the whole front. Skip this one if the phone no longer turns on, and tell us.',
      expect: { screenLit: true, shape: 'portrait' },
    },
    {
      id: 'screen-off',
      label: 'Smartphone with the screen turned off',
      plainReason: 'A dark screen shows scratches and cracks on the glass that a lit screen hides.',
      howTo: 'Turn the screen off and photograph the whole front, tilted a little so no lamp or window reflects in it.',
      expect: { screenLit: false, shape: 'portrait' },
    },
    {
      id: 'back',
      label: 'Back of the smartphone',
      plainReason: 'Shows the condition of the back and the camera lenses.',
      howTo: 'Turn the phone over and photograph the whole back, camera lenses included.',
      expect: { screenLit: null, shape: 'portrait' },
    },
    {
      id: 'left-side',
      label: 'Left side',
      plainReason: 'Shows the edge and its buttons (volume buttons on many phones).',
      howTo: 'With the screen facing you, turn the phone so its left edge faces the camera and photograph the whole edge.',
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'right-side',
      label: 'Right side',
      plainReason: 'Shows the edge and its buttons (power button, SIM tray on many phones).',
      howTo: 'With the screen facing you, turn the phone so its right edge faces the camera and photograph the whole edge.',
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'top-side',
      label: 'Top side',
      plainReason: 'Shows the top edge and anything on it (headphone jack, microphone, SIM tray on some phones).',
      howTo: 'Photograph the top edge of the phone straight on.',
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'bottom-side',
      label: 'Bottom side',
      plainReason: 'Shows the charging port, speaker and microphone holes.',
      howTo: 'Photograph the bottom edge straight on so the charging port can be seen clearly.',
      expect: { screenLit: null, shape: 'any' },
    },
  ],
});
