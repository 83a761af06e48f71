import type { ImportJobStatus } from '../../gql/graphql';

// How often a page asks again while a job it shows is running.
export const IMPORT_POLL_MS = 1500;

// anyRunning says whether any of the jobs is still running, so that the
// page showing them should keep asking for their progress.
export function anyRunning(jobs: ReadonlyArray<{ status: ImportJobStatus } | null | undefined>): boolean {
  return jobs.some((job) => job?.status === 'RUNNING');
}
