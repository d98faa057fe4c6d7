import { z } from 'zod';

export const FAULT_KINDS = ['latency', 'status', 'retry-after', 'drop', 'malformed', 'unauthorized'] as const;

export const faultSpecSchema = z.object({
  kind: z.enum(FAULT_KINDS),
  /** latency: delay per request (default 1000 ms). */
  ms: z.number().int().min(0).max(600_000).optional(),
  /** status: the status code to answer (default 500). */
  status: z.number().int().min(200).max(599).optional(),
  /** retry-after: the Retry-After header of the 429 (default 1). */
  retryAfterSeconds: z.number().int().min(0).max(86_400).optional(),
  /** Active for this long after injection (clock of the demo PBX). */
  forMs: z.number().int().min(1).optional(),
  /** Applies to this many matching requests. Without forMs and count: until clearFaults(). */
  count: z.number().int().min(1).optional(),
  /** Only requests whose path (below the instance) starts with this; "/services" may be left out. */
  pathPrefix: z.string().optional(),
});

export type FaultSpec = z.infer<typeof faultSpecSchema>;

interface ActiveFault {
  id: number;
  spec: FaultSpec;
  untilMs: number | null;
  remaining: number | null;
}

export interface FaultDecision {
  latencyMs: number;
  fault: FaultSpec | null;
}

function matchesPath(prefix: string | undefined, path: string): boolean {
  if (prefix === undefined || prefix === '') return true;
  const normalized = prefix.startsWith('/') ? prefix : `/${prefix}`;
  return path.startsWith(normalized) || path.startsWith(`/services${normalized}`);
}

/** Faults injected for REST requests (never for /_sim/). Latency adds up with one other fault. */
export class FaultList {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  constructor(private readonly now: () => number) {}

  inject(spec: FaultSpec): number {
    const parsed = faultSpecSchema.parse(spec);
    const id = this.nextId++;
    this.faults.push({
      id,
      spec: parsed,
      untilMs: parsed.forMs === undefined ? null : this.now() + parsed.forMs,
      remaining: parsed.count ?? null,
    });
    return id;
  }

  clear(): void {
    this.faults = [];
  }

  get active(): number {
    this.expire();
    return this.faults.length;
  }

  /** Decides what happens to one request, using up counted faults. */
  take(path: string): FaultDecision {
    this.expire();
    const matching = this.faults.filter((f) => matchesPath(f.spec.pathPrefix, path));
    let latencyMs = 0;
    let fault: FaultSpec | null = null;
    for (const active of matching) {
      if (active.spec.kind === 'latency') latencyMs += active.spec.ms ?? 1000;
      else if (fault === null) fault = active.spec;
      else continue;
      if (active.remaining !== null) active.remaining--;
    }
    this.expire();
    return { latencyMs, fault };
  }

  private expire(): void {
    const nowMs = this.now();
    this.faults = this.faults.filter(
      (f) => (f.untilMs === null || nowMs < f.untilMs) && (f.remaining === null || f.remaining > 0),
    );
  }
}
