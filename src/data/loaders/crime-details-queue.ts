import type { Table } from 'apache-arrow';
import type { Connector } from '../connector';
import { deleteOrphansSql, loadsWithIds } from '../sql/loads';

/** Details still to append for one police.uk file: its load ids and a reader that yields `crime_details` chunks. */
export interface DetailsJob {
  path: string;
  loadIds: number[];
  nextChunk: () => Table | null;
}

/**
 * police.uk details (ids, locations, outcomes) are appended after the file's crimes are on the map, a chunk per step,
 * so the app answers between chunks. Jobs run in load order; a job whose loads are removed before it finishes is
 * dropped, and a job whose rows were partly replaced (a month loaded again) deletes the details it no longer needs.
 */
export class CrimeDetailsQueue {
  private jobs: (DetailsJob & { orphansPossible: boolean })[] = [];

  add(job: DetailsJob): void {
    this.jobs.push({ ...job, orphansPossible: false });
  }

  get pending(): boolean {
    return this.jobs.length > 0;
  }

  /** Some crimes rows of pending jobs may have been deleted: their details are cleaned up when they finish. */
  markRowsReplaced(): void {
    for (const job of this.jobs) job.orphansPossible = true;
  }

  /** Drops the jobs of these files (their rows are being removed), or every job. */
  drop(isDropped: (path: string) => boolean = () => true): void {
    this.jobs = this.jobs.filter((job) => !isDropped(job.path));
  }

  /** Appends one chunk; true while details remain. */
  async step(db: Connector): Promise<boolean> {
    const job = this.jobs[0];
    if (!job) return false;
    const chunk = job.nextChunk();
    if (chunk) await db.insertArrow('crime_details', chunk, { append: true });
    else {
      this.jobs.shift();
      if (job.orphansPossible) await db.query(deleteOrphansSql(loadsWithIds(job.loadIds)));
    }
    return this.jobs.length > 0;
  }

  async finish(db: Connector): Promise<void> {
    while (await this.step(db));
  }
}
