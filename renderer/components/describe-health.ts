import type { LibraryHealth } from '../../main/shared/health-types.ts';

function timeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** The quiet line of a finished start-up check that left nothing damaged; null when there is none. */
export function describeHealth(health: LibraryHealth): string | null {
  if (health.checkedAt === null) return null;
  const when = `Library checked ${timeOf(health.checkedAt)}`;
  if (health.state === 'ok') return `${when}: no problems`;
  if (health.state !== 'repaired') return null;
  const files = health.repaired.length === 1 ? '1 orphaned file' : `${health.repaired.length} orphaned files`;
  return `${when}: repaired ${files}`;
}
