import type { CategoryDefinition, ShotDefinition } from '../checklist/define';
import { ASSIGNMENT_WEIGHTS as W } from './thresholds';
import { t } from '../i18n/translate';

/**
 * Suggests which checklist shot each received photo fills. Suggestions only: the agent confirms or moves them,
 * and a confirmed photo is never moved again (its shot is taken, its place in the conversation anchors the
 * order of the photos after it).
 *
 * Clues, weighed in thresholds.ts (ASSIGNMENT_WEIGHTS): the order photos arrived in (customers mostly follow the
 * guide's list), the lit-screen signal from metrics.ts, and the photo's shape. The best overall placement is
 * found exactly (dynamic programming over which shots are taken and which came last: 7 shots make 128 x 8
 * states), so one strong clue can pull a photo out of order without shuffling the others.
 */

export interface PhotoForAssignment {
  id: string;
  /** Order in the conversation: message first, then the attachment's place in the message. */
  messageIndex: number;
  attachmentIndex: number;
  /** Size as received (only the shape is used). */
  width: number;
  height: number;
  screenLit: boolean | null;
  looksLikeScreenshot: boolean;
  /** Id of the earlier copy when this photo is a duplicate (duplicates.ts). */
  duplicateOf: string | null;
}

/** What the agent decided: a shot id, or null for "this photo is not one of the shots" (a box, a receipt). */
export type ConfirmedAssignments = Readonly<Record<string, string | null>>;

export interface SlotSuggestion {
  photoId: string;
  shotId: string | null;
  confirmed: boolean;
  /** Why, in a few words for the agent. */
  reasons: string[];
}

type Shape = 'landscape' | 'portrait' | 'square';

function shapeOf(photo: PhotoForAssignment): Shape {
  const ratio = Math.max(photo.width, photo.height) / Math.max(1, Math.min(photo.width, photo.height));
  if (ratio < W.squareMaxRatio) return 'square';
  return photo.width > photo.height ? 'landscape' : 'portrait';
}

function clueScore(photo: PhotoForAssignment, shot: ShotDefinition): { score: number; reasons: string[] } {
  let score = W.placed;
  const reasons: string[] = [];
  const expected = shot.expect.screenLit;
  if (photo.screenLit === true && expected === true) {
    score += W.litWhereExpected;
    reasons.push(t('photoAssign.litScreen'));
  } else if (photo.screenLit === false && expected === false) {
    score += W.darkWhereExpected;
    reasons.push(t('photoAssign.darkScreen'));
  } else if (photo.screenLit !== null && expected !== null) {
    score += W.screenMismatch;
  } else if (photo.screenLit === true && expected === null) {
    score += W.litWhereNoScreen;
  }
  const shape = shapeOf(photo);
  if (shot.expect.shape !== 'any' && shape !== 'square') {
    if (shape === shot.expect.shape) {
      score += W.shapeMatch;
      reasons.push(shape === 'landscape' ? t('photoAssign.landscapePhoto') : t('photoAssign.portraitPhoto'));
    } else {
      score += W.shapeMismatch;
    }
  }
  return { score, reasons };
}

function orderScore(previousSlot: number, slot: number, rank: number): number {
  const displacement = W.displacement * Math.abs(slot - rank);
  if (slot <= previousSlot) return displacement;
  return displacement + W.inOrder + (slot === previousSlot + 1 ? W.nextInOrder : 0);
}

interface Step {
  /** Best score per state (mask * stride + last + 1); -Infinity when unreachable. */
  score: Float64Array;
  /** For backtracking: the state we came from and the slot taken (-1: none). */
  from: Int32Array;
  slot: Int8Array;
}

export function suggestAssignments(
  category: CategoryDefinition,
  photos: readonly PhotoForAssignment[],
  confirmed: ConfirmedAssignments = {},
): SlotSuggestion[] {
  const shots = category.shots;
  const slotIndex = new Map(shots.map((shot, index) => [shot.id, index]));
  const ordered = [...photos]
    .map((photo, inputIndex) => ({ photo, inputIndex }))
    .sort(
      (a, b) =>
        a.photo.messageIndex - b.photo.messageIndex || a.photo.attachmentIndex - b.photo.attachmentIndex || a.inputIndex - b.inputIndex,
    )
    .map(({ photo }) => photo);

  const result = new Map<string, SlotSuggestion>();
  let takenMask = 0;
  // The sequence the optimiser walks: photos to place, and confirmed photos as fixed points of the order.
  const sequence: { photo: PhotoForAssignment; anchorSlot: number | null }[] = [];
  for (const photo of ordered) {
    if (Object.hasOwn(confirmed, photo.id)) {
      const shotId = confirmed[photo.id] ?? null;
      const index = shotId === null ? undefined : slotIndex.get(shotId);
      const reason =
        index !== undefined
          ? t('photoAssign.confirmed')
          : shotId === null
            ? t('photoAssign.markedNotAShot')
            : t('photoAssign.confirmedForMissingShot', { shot: shotId });
      result.set(photo.id, { photoId: photo.id, shotId: index === undefined ? null : shotId, confirmed: true, reasons: [reason] });
      if (index !== undefined) {
        takenMask |= 1 << index;
        sequence.push({ photo, anchorSlot: index });
      }
      continue;
    }
    const leftOut = photo.looksLikeScreenshot
      ? t('photoAssign.screenshot')
      : photo.duplicateOf !== null
        ? t('photoAssign.samePictureAs', { photo: photo.duplicateOf })
        : null;
    if (leftOut) {
      result.set(photo.id, { photoId: photo.id, shotId: null, confirmed: false, reasons: [leftOut] });
      continue;
    }
    sequence.push({ photo, anchorSlot: null });
  }

  const slotCount = shots.length;
  const stride = slotCount + 1;
  const stateCount = (1 << slotCount) * stride;
  const key = (mask: number, last: number): number => mask * stride + last + 1;
  let current: Float64Array = new Float64Array(stateCount).fill(-Infinity);
  current[key(takenMask, -1)] = 0;
  const steps: Step[] = [];
  const clues = sequence.map(({ photo }) => shots.map((shot) => clueScore(photo, shot)));

  sequence.forEach((item, position) => {
    const step: Step = {
      score: new Float64Array(stateCount).fill(-Infinity),
      from: new Int32Array(stateCount).fill(-1),
      slot: new Int8Array(stateCount).fill(-1),
    };
    const offer = (state: number, score: number, from: number, slot: number): void => {
      if (score > step.score[state]!) {
        step.score[state] = score;
        step.from[state] = from;
        step.slot[state] = slot;
      }
    };
    for (let state = 0; state < stateCount; state++) {
      const score = current[state]!;
      if (score === -Infinity) continue;
      const mask = Math.floor(state / stride);
      const last = (state % stride) - 1;
      if (item.anchorSlot !== null) {
        offer(key(mask, item.anchorSlot), score, state, -1);
        continue;
      }
      offer(state, score, state, -1);
      for (let slot = 0; slot < slotCount; slot++) {
        if (mask & (1 << slot)) continue;
        offer(key(mask | (1 << slot), slot), score + clues[position]![slot]!.score + orderScore(last, slot, position), state, slot);
      }
    }
    steps.push(step);
    current = step.score;
  });

  let bestState = 0;
  for (let state = 1; state < stateCount; state++) if (current[state]! > current[bestState]!) bestState = state;
  for (let position = sequence.length - 1; position >= 0; position--) {
    const step = steps[position]!;
    const { photo, anchorSlot } = sequence[position]!;
    const slot = step.slot[bestState]!;
    if (anchorSlot === null) {
      let reasons = [t('photoAssign.noFreeShot')];
      if (slot >= 0) {
        const clueReasons = clues[position]![slot]!.reasons;
        reasons = clueReasons.length > 0 ? clueReasons : [t('photoAssign.sendingOrder')];
      }
      result.set(photo.id, { photoId: photo.id, shotId: slot >= 0 ? shots[slot]!.id : null, confirmed: false, reasons });
    }
    bestState = step.from[bestState]!;
  }
  return photos.map((photo) => result.get(photo.id)!);
}
