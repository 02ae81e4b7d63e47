import type { ReactNode } from 'react';
import type { LibraryHealth, LibraryHealthProblem } from '../../main/shared/health-types.ts';

const plainWords: Record<LibraryHealthProblem['kind'], string> = {
  database: 'The library’s database file is damaged: SQLite’s own check found errors in it.',
  'missing-file': 'saved original(s) or picture(s) are missing from the library folder.',
  'tampered-file': 'saved original(s) or picture(s) have changed on disk since they were saved.',
  'orphan-file': 'file(s) that belong to no article could not be moved aside.',
  'temp-file': 'unfinished write(s) left by a crash could not be cleared.',
  'search-index': 'The search index needs rebuilding.',
};

/** One plain sentence per kind of problem, counted: the technical messages go under Details. */
function summarize(problems: readonly LibraryHealthProblem[]): string[] {
  const counts = new Map<LibraryHealthProblem['kind'], number>();
  for (const problem of problems) counts.set(problem.kind, (counts.get(problem.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) =>
    kind === 'database' || kind === 'search-index' ? plainWords[kind] : `${count} ${plainWords[kind]}`,
  );
}

/**
 * Says what the start-up check found damaged, in plain words, that nothing was overwritten, and the
 * exact commands to back up, check and restore this library (the core's wording, shown as given).
 */
export function LibraryHealthBanner({
  health,
  onDismiss,
}: {
  readonly health: LibraryHealth;
  readonly onDismiss: () => void;
}): ReactNode {
  const { problems } = health;
  return (
    <section className="notice error library-health-banner" role="alert" aria-label="Library damage">
      <p>
        <strong>Dossier found damage in this library.</strong>
      </p>
      <ul>
        {summarize(problems).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <details>
        <summary>Details</summary>
        <ul>
          {problems.slice(0, 20).map((problem, i) => (
            <li key={i}>{problem.message}</li>
          ))}
          {problems.length > 20 ? <li>…and {problems.length - 20} more.</li> : null}
        </ul>
      </details>
      {health.advice.map((line, i) =>
        // Indented lines are commands to paste into a terminal as they are.
        line.startsWith('  ') ? (
          <pre key={i}>
            <code>{line.trim()}</code>
          </pre>
        ) : (
          <p key={i}>{line}</p>
        ),
      )}
      <button type="button" className="button quiet" onClick={onDismiss}>
        Hide until next start
      </button>
    </section>
  );
}
