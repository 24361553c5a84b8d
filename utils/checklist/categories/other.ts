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
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'back',
      label: 'Back',
      plainReason: 'Shows the back of the item, where labels and ports often are.',
      howTo: 'Turn the item over and photograph the whole back.',
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'left-side',
      label: 'Left side',
      plainReason: 'Shows the left side and anything on it.',
      howTo: 'Photograph the left side straight on.',
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'right-side',
      label: 'Right side',
      plainReason: 'Shows the right side and anything on it.',
      howTo: 'Photograph the right side straight on.',
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'top-side',
      label: 'Top side',
      plainReason: 'Shows the top and anything on it.',
      howTo: 'Photograph the top straight on.',
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'bottom-side',
      label: 'Bottom side',
      plainReason: 'Shows the underside, where feet, labels and vents often are.',
      howTo: 'Photograph the underside straight on.',
      expect: { screenLit: null, shape: 'any' },
    },
    {
      id: 'sensitive-parts',
      label: 'Sensitive parts close up (screen, ports, etc.)',
      plainReason: 'Screens and ports are where damage matters most, and it only shows up close.',
      howTo: 'Take the screen and the ports close up, in good light. Several close-ups are welcome.',
      expect: { screenLit: null, shape: 'any' },
    },
  ],
});
