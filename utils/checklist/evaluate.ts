import type { PhotoProblem, PhotoProblemCode } from '../photos/assess';
import type { CategoryDefinition, ShotDefinition } from './define';

/**
 * Where a conversation stands against a category's seven shots: for each shot, received and usable, received
 * with a problem (which), or missing; "5 of 7"; and what to ask the customer for. Pure: photos, their problems and
 * the assignments (confirmed or suggested) come in, nothing is fetched or stored.
 */

export interface EvaluatedPhoto {
  id: string;
  /** From assessPhoto. */
  problems: readonly PhotoProblem[];
  /** Id of the earlier copy when this photo is a duplicate (duplicates.ts), else null. */
  duplicateOf?: string | null;
}

export interface Assignment {
  photoId: string;
  shotId: string;
}

export type SlotStatus = 'received-usable' | 'received-with-problem' | 'missing';

export type SlotProblemCode = PhotoProblemCode | 'same-photo-as-another-shot';

export interface SlotProblem {
  code: SlotProblemCode;
  /** For the customer. */
  message: string;
  /** For 'same-photo-as-another-shot': the shot the photo was first given to (so the message can be translated). */
  otherShotId?: string;
}

export interface SlotEvaluation {
  shot: ShotDefinition;
  status: SlotStatus;
  /** Every photo assigned to this shot, in conversation order. */
  photoIds: string[];
  /** The photo that counts: the latest usable one, else the latest one (a re-shoot replaces an older photo). */
  chosenPhotoId: string | null;
  /** Problems of the chosen photo; empty unless status is received-with-problem. */
  problems: SlotProblem[];
}

export interface RequestedShot {
  shotId: string;
  kind: 'missing' | 'reshoot';
  problems: SlotProblem[];
}

export interface ChecklistEvaluation {
  categoryId: string;
  slots: SlotEvaluation[];
  counts: { usable: number; withProblem: number; missing: number; received: number; total: number };
  /** Usable shots out of the total, e.g. "5 of 7". */
  summary: string;
  /** Shots to ask for, in the guide's order. */
  toRequest: RequestedShot[];
  /** Photos given that fill no shot (extra photos, screenshots, unassigned re-shoots). */
  unassignedPhotoIds: string[];
}

export interface EvaluationInput {
  category: CategoryDefinition;
  /** In conversation order (oldest first): "latest" below means later in this list. */
  photos: readonly EvaluatedPhoto[];
  assignments: readonly Assignment[];
}

export function evaluateChecklist({ category, photos, assignments }: EvaluationInput): ChecklistEvaluation {
  const photoOrder = new Map(photos.map((photo, index) => [photo.id, index]));
  const photoById = new Map(photos.map((photo) => [photo.id, photo]));
  const originalOf = (id: string): string => photoById.get(id)?.duplicateOf ?? id;
  const shotIds = new Set(category.shots.map((shot) => shot.id));
  const known = assignments.filter((a) => photoById.has(a.photoId) && shotIds.has(a.shotId));

  // The same picture used for two shots fills only the first of them (in the guide's order): the customer has
  // to send the other view.
  const firstShotOfPicture = new Map<string, string>();
  for (const shot of category.shots) {
    for (const assignment of known) {
      if (assignment.shotId !== shot.id) continue;
      const picture = originalOf(assignment.photoId);
      if (!firstShotOfPicture.has(picture)) firstShotOfPicture.set(picture, shot.id);
    }
  }

  const slots = category.shots.map((shot): SlotEvaluation => {
    const photoIds = known
      .filter((a) => a.shotId === shot.id)
      .map((a) => a.photoId)
      .filter((id, index, all) => all.indexOf(id) === index)
      .sort((a, b) => photoOrder.get(a)! - photoOrder.get(b)!);
    const problemsOf = (id: string): SlotProblem[] => {
      const own: SlotProblem[] = photoById.get(id)!.problems.map((p) => ({ code: p.code, message: p.message }));
      const firstShot = firstShotOfPicture.get(originalOf(id));
      if (firstShot !== undefined && firstShot !== shot.id) {
        const other = category.shots.find((s) => s.id === firstShot)!;
        own.push({
          code: 'same-photo-as-another-shot',
          otherShotId: other.id,
          message: `This is the same photo as the one for "${other.label}". Please send a photo of this view too.`,
        });
      }
      return own;
    };
    if (photoIds.length === 0) return { shot, status: 'missing', photoIds, chosenPhotoId: null, problems: [] };
    const usable = photoIds.filter((id) => problemsOf(id).length === 0);
    if (usable.length > 0) {
      return { shot, status: 'received-usable', photoIds, chosenPhotoId: usable.at(-1)!, problems: [] };
    }
    const latest = photoIds.at(-1)!;
    return { shot, status: 'received-with-problem', photoIds, chosenPhotoId: latest, problems: problemsOf(latest) };
  });

  const usable = slots.filter((slot) => slot.status === 'received-usable').length;
  const withProblem = slots.filter((slot) => slot.status === 'received-with-problem').length;
  const missing = slots.filter((slot) => slot.status === 'missing').length;
  const assigned = new Set(known.map((a) => a.photoId));
  return {
    categoryId: category.id,
    slots,
    counts: { usable, withProblem, missing, received: usable + withProblem, total: slots.length },
    summary: `${usable} of ${slots.length}`,
    toRequest: slots
      .filter((slot) => slot.status !== 'received-usable')
      .map((slot) => ({
        shotId: slot.shot.id,
        kind: slot.status === 'missing' ? 'missing' : 'reshoot',
        problems: slot.problems,
      })),
    unassignedPhotoIds: photos.map((photo) => photo.id).filter((id) => !assigned.has(id)),
  };
}
