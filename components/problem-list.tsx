import type { SnapshotProblem } from '@/utils/sites/snapshot';
import { teachablePartsFor, type TeachablePart } from '@/utils/sites/teach/taught-parts';
import { t } from '@/utils/i18n/translate';

/**
 * Parts of the page that could not be read. The rest of the panel still works; this says what will not. With
 * `onTeach`, each part the agent can show ReturnDesk gets a "Point at it" button (both kinds for the messages: the
 * list, or one message).
 */
export function CouldNotReadList({ problems, onTeach }: { problems: readonly SnapshotProblem[]; onTeach?: (part: TeachablePart) => void }) {
  if (problems.length === 0) return null;
  return (
    <section aria-label={t('problems.title')} class="problem-list">
      <h2>{t('problems.title')}</h2>
      <ul>
        {problems.map((problem, index) => {
          const teachable = onTeach ? teachablePartsFor(problem.part) : [];
          return (
            <li key={index}>
              <strong>{problem.part}:</strong> {problem.message}
              {teachable.map((part) => (
                <button
                  type="button"
                  class="link-button teach-action"
                  key={part}
                  // Several rows may say "Point at it": the accessible name says which part.
                  aria-label={teachable.length === 1 ? t('problems.pointAtItNamed', { part: t(`part.${part}`) }) : undefined}
                  onClick={() => onTeach?.(part)}
                >
                  {teachable.length === 1 ? t('problems.pointAtIt') : t('problems.pointAt', { part: t(`part.${part}`) })}
                </button>
              ))}
            </li>
          );
        })}
      </ul>
      <p class="hint">{t('problems.hint')}</p>
    </section>
  );
}
