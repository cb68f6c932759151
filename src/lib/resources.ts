// What evaluation creates and pays for — on-demand deployments, Provisioned Throughput — while it
// exists. Saved to the step's state at every change, so that a cancelled run cleans up: the signal
// handler releases what it can before the process ends, and the post step deletes what is left.

export type ResourceKind = 'deployment' | 'provisioned';

export interface TrackedResource {
  readonly kind: ResourceKind;
  readonly arn: string;
}

export class EvaluationResources {
  private readonly live = new Map<string, TrackedResource & { release: () => Promise<void> }>();

  /** `save` receives the JSON list of live resources after every change (io.saveState). */
  constructor(private readonly save: (json: string) => void) {}

  add(kind: ResourceKind, arn: string, release: () => Promise<void>): void {
    this.live.set(arn, { kind, arn, release });
    this.persist();
  }

  remove(arn: string): void {
    if (this.live.delete(arn)) this.persist();
  }

  /** Releases every live resource, for at most `timeoutMs` (the runner kills a cancelled step soon after). */
  async releaseAll(timeoutMs: number): Promise<void> {
    const all = Promise.allSettled([...this.live.values()].map((r) => r.release()));
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
  }

  private persist(): void {
    this.save(JSON.stringify([...this.live.values()].map(({ kind, arn }) => ({ kind, arn }))));
  }
}

export function parseTracked(json: string): TrackedResource[] {
  try {
    const list = JSON.parse(json) as TrackedResource[];
    return Array.isArray(list) ? list.filter((r) => typeof r?.arn === 'string') : [];
  } catch {
    return [];
  }
}
