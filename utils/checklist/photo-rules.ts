import type { PhotoProblemCode } from '../photos/assess';

/**
 * The rules the return guide sets for every photo, whatever the category (Step 2 of return-an-item.txt and
 * return-an-item-uk.txt). `guideWording` quotes the guide; `customerText` says the same in our own words.
 * `checkedBy` names the automatic checks that stand in for a rule, so a reminder can follow a detected problem;
 * rules without one are left to the agent's eye.
 */
export interface PhotoRule {
  id: string;
  guideWording: string;
  customerText: string;
  checkedBy: readonly PhotoProblemCode[];
}

export const PHOTO_RULES: readonly PhotoRule[] = [
  {
    id: 'clear',
    guideWording: 'take clear ... photos',
    customerText: 'Keep the item in focus: hold the phone steady and tap the item on your screen before taking the photo.',
    checkedBy: ['blurred', 'too-small'],
  },
  {
    id: 'bright',
    guideWording: 'bright ... photos',
    customerText: 'Take the photos in good light, for example near a window during the day.',
    checkedBy: ['too-dark', 'overexposed'],
  },
  {
    id: 'reflection-free',
    guideWording: 'ideally, reflection-free photos',
    customerText: 'Avoid reflections: turn the item slightly away from lamps and windows, and do not use the flash.',
    checkedBy: ['glare'],
  },
  {
    id: 'buttons-and-ports',
    // The UK guide says "buttons and plugs".
    guideWording: 'photos that show the buttons and ports on the item',
    customerText: 'Make sure the buttons and ports (charging port, headphone jack, SIM tray) can be seen.',
    checkedBy: [],
  },
  {
    id: 'individual-photos',
    guideWording: 'Please send 7 individual photos',
    customerText:
      'Send seven separate photos, one per view, in this conversation. You can send them in several messages if they do not all fit in one.',
    checkedBy: [],
  },
];

/** Extra rule the guide gives only for items outside the listed categories. */
export const OTHER_ITEMS_RULE: PhotoRule = {
  id: 'sensitive-parts-close-up',
  guideWording: 'Make sure that pictures of sensitive components (screen, ports, etc.) are taken close enough and under good lighting.',
  customerText: 'Take the screen and the ports close up, in good light.',
  checkedBy: [],
};

/** The rules a customer should be reminded of after these problems were found. */
export function rulesForProblems(codes: Iterable<PhotoProblemCode>): PhotoRule[] {
  const wanted = new Set(codes);
  return PHOTO_RULES.filter((rule) => rule.checkedBy.some((code) => wanted.has(code)));
}
