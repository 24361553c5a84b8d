import { z } from 'zod';
import type { CheckedPhoto } from '../photos/analysis';
import { PROBLEM_MESSAGES, type PhotoProblem } from '../photos/assess';

/**
 * The agent's word on a photo the check was unsure about ("may be blurred: check", see assess.ts). A doubt alone
 * never reaches the customer: asking for a re-shoot of a good photo costs more trust than one look by the agent.
 * Stored per case with the slot choices (utils/db.ts, CaseDecisions.blurVerdicts), keyed by attachment URL.
 */
export const blurVerdictSchema = z.enum(['blurred', 'sharp']);
export type BlurVerdict = z.infer<typeof blurVerdictSchema>;

/** What the photo row shows about focus. */
export type BlurStatus = 'sharp' | 'blurred' | 'doubt' | 'confirmed-blurred' | 'confirmed-sharp';

export function blurStatusOf(check: CheckedPhoto, verdict: BlurVerdict | undefined): BlurStatus {
  if (check.problems.some((problem) => problem.code === 'blurred')) return 'blurred';
  if (!check.blurDoubt) return 'sharp';
  if (verdict === 'blurred') return 'confirmed-blurred';
  if (verdict === 'sharp') return 'confirmed-sharp';
  return 'doubt';
}

/** The photo's problems as the checklist and the request should count them: a confirmed doubt becomes "blurred". */
export function problemsAfterVerdict(check: CheckedPhoto, verdict: BlurVerdict | undefined): PhotoProblem[] {
  if (blurStatusOf(check, verdict) !== 'confirmed-blurred') return check.problems;
  return [...check.problems, { code: 'blurred', message: PROBLEM_MESSAGES.blurred }];
}
