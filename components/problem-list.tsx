import type { SnapshotProblem } from '@/utils/sites/snapshot';

/** Parts of the page that could not be read. The rest of the panel still works; this says what will not. */
export function ProblemList({ problems }: { problems: readonly SnapshotProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section aria-label="Could not read" class="problem-list">
      <h2>Could not read</h2>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <strong>{problem.part}:</strong> {problem.message}
          </li>
        ))}
      </ul>
      <p class="hint">
        If the platform changed its layout, an admin can adjust the selectors in ReturnDesk's options.
      </p>
    </section>
  );
}
