// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestAssignments, type PhotoForAssignment } from '@/utils/photos/assign';
import { categoryById } from '@/utils/checklist/registry';

const smartphone = categoryById('smartphone');
const computer = categoryById('computer');

let counter = 0;
function photo(overrides: Partial<PhotoForAssignment> = {}): PhotoForAssignment {
  counter++;
  return {
    id: `p${counter}`,
    messageIndex: 0,
    attachmentIndex: counter,
    width: 3024,
    height: 4032,
    screenLit: null,
    looksLikeScreenshot: false,
    duplicateOf: null,
    ...overrides,
  };
}

const shotsOf = (suggestions: ReturnType<typeof suggestAssignments>) => suggestions.map((s) => s.shotId);

describe('suggestAssignments', () => {
  it('follows the guide order when the customer did', () => {
    const photos = [photo({ screenLit: true }), photo({ screenLit: false }), photo(), photo(), photo(), photo(), photo()];
    expect(shotsOf(suggestAssignments(smartphone, photos))).toEqual([
      'screen-on',
      'screen-off',
      'back',
      'left-side',
      'right-side',
      'top-side',
      'bottom-side',
    ]);
  });

  it('skips "screen on" when the first photo shows a dark screen (a phone that no longer turns on)', () => {
    const photos = [photo({ screenLit: false }), photo(), photo(), photo(), photo(), photo()];
    expect(shotsOf(suggestAssignments(smartphone, photos))).toEqual([
      'screen-off',
      'back',
      'left-side',
      'right-side',
      'top-side',
      'bottom-side',
    ]);
  });

  it('pulls a lit screen out of order without shuffling the rest', () => {
    // The customer started with the back, then the lit screen, then the rest in the guide's order.
    const photos = [photo(), photo({ screenLit: true }), photo({ screenLit: false }), photo(), photo(), photo(), photo()];
    const shots = shotsOf(suggestAssignments(smartphone, photos));
    expect(shots[1]).toBe('screen-on');
    expect(shots[2]).toBe('screen-off');
    expect(shots.slice(3)).toEqual(['left-side', 'right-side', 'top-side', 'bottom-side']);
    expect(shots[0]).toBe('back');
  });

  it('reads photos in conversation order, whatever order they are given in', () => {
    const late = photo({ messageIndex: 2, attachmentIndex: 0 });
    const early = photo({ messageIndex: 0, attachmentIndex: 0, screenLit: true });
    const middle = photo({ messageIndex: 1, attachmentIndex: 0, screenLit: false });
    const byId = Object.fromEntries(suggestAssignments(smartphone, [late, early, middle]).map((s) => [s.photoId, s.shotId]));
    expect(byId).toEqual({ [early.id]: 'screen-on', [middle.id]: 'screen-off', [late.id]: 'back' });
  });

  it('leaves screenshots and duplicates out, saying why', () => {
    const first = photo({ screenLit: true });
    const screenshot = photo({ looksLikeScreenshot: true, width: 1170, height: 2532 });
    const again = photo({ screenLit: true, duplicateOf: first.id });
    const suggestions = suggestAssignments(smartphone, [first, screenshot, again]);
    expect(suggestions.map((s) => s.shotId)).toEqual(['screen-on', null, null]);
    expect(suggestions[1]!.reasons.join(' ')).toMatch(/screenshot/);
    expect(suggestions[2]!.reasons.join(' ')).toContain(first.id);
  });

  it('never moves a confirmed photo, and keeps its shot for it', () => {
    const photos = [photo({ screenLit: true }), photo({ screenLit: false }), photo(), photo()];
    // The agent says the second photo is the back (a black phone's back reads as a dark screen).
    const confirmed = { [photos[1]!.id]: 'back' };
    const suggestions = suggestAssignments(smartphone, photos, confirmed);
    expect(suggestions[1]).toMatchObject({ shotId: 'back', confirmed: true });
    expect(suggestions.filter((s) => s.shotId === 'back')).toHaveLength(1);
    // The photos after it continue from the back in the guide's order.
    expect(shotsOf(suggestions)).toEqual(['screen-on', 'back', 'left-side', 'right-side']);
  });

  it('keeps a confirmed shot even when the clues disagree', () => {
    const photos = [photo({ screenLit: true }), photo(), photo()];
    // A lit screen confirmed as the bottom side (say, the screen shows through a cracked edge).
    const suggestions = suggestAssignments(smartphone, photos, { [photos[0]!.id]: 'bottom-side' });
    expect(suggestions[0]).toMatchObject({ shotId: 'bottom-side', confirmed: true });
    expect(suggestions.slice(1).map((s) => s.shotId)).not.toContain('bottom-side');
  });

  it('keeps a photo the agent marked as "not a shot" out of every shot', () => {
    const photos = [photo({ screenLit: true }), photo()];
    const suggestions = suggestAssignments(smartphone, photos, { [photos[1]!.id]: null });
    expect(suggestions[1]).toMatchObject({ shotId: null, confirmed: true });
  });

  it('with every shot taken, an extra photo gets no suggestion', () => {
    const photos = Array.from({ length: 8 }, (_, index) => photo({ screenLit: index === 0 ? true : index === 1 ? false : null }));
    const suggestions = suggestAssignments(smartphone, photos);
    expect(suggestions.filter((s) => s.shotId !== null)).toHaveLength(7);
    expect(new Set(suggestions.map((s) => s.shotId).filter(Boolean)).size).toBe(7);
    expect(suggestions.at(-1)!.shotId).toBeNull();
  });

  it('a lit screen sent last, as a re-shoot after all seven, is not forced into a side shot', () => {
    const photos = [
      photo({ screenLit: true }),
      photo({ screenLit: false }),
      photo(),
      photo(),
      photo(),
      photo(),
      photo(),
      photo({ screenLit: true, messageIndex: 3 }),
    ];
    const suggestions = suggestAssignments(smartphone, photos);
    expect(suggestions.at(-1)!.shotId).toBeNull();
  });

  it('says which clues placed a photo', () => {
    const landscape = photo({ width: 4032, height: 3024, screenLit: true });
    const suggestions = suggestAssignments(computer, [landscape]);
    expect(suggestions[0]).toMatchObject({ shotId: 'screen-on' });
    expect(suggestions[0]!.reasons).toEqual(expect.arrayContaining(['lit screen', 'landscape photo']));
  });
});
