/**
 * When to look at a job first: as late as jobs like it have taken, never later. A job is expected to take at least as
 * long as the quickest finished job of the same kind that was no larger; polling before that only finds it running.
 * With nothing comparable seen yet, the default first wait stands. Durations are the vendor's own (created to
 * completed, one clock), so a skewed local clock changes nothing.
 */
export class JobClock {
  private readonly seen = new Map<string, { size: number; ms: number }[]>();

  /** A finished job: its kind, its size (rows, or 0 when unknown) and how long the vendor says it took. */
  record(kind: string, size: number, ms: number): void {
    if (!Number.isFinite(ms) || ms <= 0) return;
    const list = this.seen.get(kind) ?? [];
    list.push({ size, ms });
    this.seen.set(kind, list);
  }

  /**
   * How long a job of this kind and size is expected to take at least (ms), or undefined when no finished job says:
   * the quickest of those no larger (any size when this one's is unknown).
   */
  expectedMs(kind: string, size: number): number | undefined {
    let quickest: number | undefined;
    for (const job of this.seen.get(kind) ?? []) {
      if (size > 0 && job.size > size) continue;
      if (quickest === undefined || job.ms < quickest) quickest = job.ms;
    }
    return quickest;
  }

  /**
   * The first wait for a job started `elapsedMs` ago: until it is expected to be done, between `first` (the default,
   * and the shortest) and `longest`.
   */
  firstWait(kind: string, size: number, elapsedMs: number, wait: { first: number; longest: number }): number {
    const expected = this.expectedMs(kind, size);
    if (expected === undefined) return wait.first;
    return Math.min(wait.longest, Math.max(wait.first, expected - elapsedMs));
  }
}

/** Milliseconds from a job's created to its completed time, as the vendor wrote them; NaN when either is missing. */
export function jobDurationMs(created: string | undefined, completed: string | undefined): number {
  if (!created || !completed) return Number.NaN;
  return Date.parse(completed) - Date.parse(created);
}
