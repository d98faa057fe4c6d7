import type { RouteRequest } from './request';
import type { RouteResult } from './respond';

export type RouteHandler = (request: RouteRequest) => RouteResult;

export interface Route {
  methods: readonly string[];
  /** Segments; ":name" captures one segment. */
  pattern: readonly string[];
  handler: RouteHandler;
}

export function route(methods: string | readonly string[], pattern: string, handler: RouteHandler): Route {
  return {
    methods: typeof methods === 'string' ? [methods] : methods,
    pattern: pattern.split('/').filter((s) => s !== ''),
    handler,
  };
}

function capture(
  pattern: readonly string[],
  segments: readonly string[],
): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i] ?? '';
    const segment = segments[i] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
}

export type RouteMatch =
  | { kind: 'found'; handler: RouteHandler; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

/** First route in table order wins, so literal paths are listed before ones with a parameter there. */
export function matchRoute(
  routes: readonly Route[],
  method: string,
  segments: readonly string[],
): RouteMatch {
  const allowed = new Set<string>();
  for (const candidate of routes) {
    const params = capture(candidate.pattern, segments);
    if (!params) continue;
    // HEAD is GET without a body unless a route answers HEAD itself.
    if (candidate.methods.includes(method) || (method === 'HEAD' && candidate.methods.includes('GET'))) {
      const own = routes.find((r) => r.methods.includes('HEAD') && capture(r.pattern, segments));
      const chosen = method === 'HEAD' && own ? own : candidate;
      return { kind: 'found', handler: chosen.handler, params: capture(chosen.pattern, segments) ?? params };
    }
    for (const m of candidate.methods) allowed.add(m);
  }
  return allowed.size > 0 ? { kind: 'method-not-allowed', allowed: [...allowed] } : { kind: 'not-found' };
}
