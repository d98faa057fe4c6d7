/**
 * The gate in front of the simulator's control API (`/_sim/`). While the demo PBX runs, any web page
 * in the agent's browser can send requests to 127.0.0.1; without this gate it could inject calls
 * or read the request log. Two checks, both needed:
 *
 * - the Host header must name this machine (a loopback name or the host the demo listens on), which
 *   a page that rebinds its own DNS name to 127.0.0.1 cannot fake;
 * - the request must carry the per-start token in `x-sim-token`. A page cannot set that header on a
 *   cross-origin request without a CORS preflight, which the demo never grants, and cannot read it.
 *
 * The token is compared in constant time. Refusals answer 403 and say which check failed.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const simTokenHeader = 'x-sim-token';

export type ControlHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

export interface SimGuardOptions {
  token: string;
  /** The host the demo listens on (besides the loopback names, always allowed). */
  listenHost: string;
}

const loopbackNames = ['127.0.0.1', 'localhost', '::1'];

/** The host name of a Host header, without port and IPv6 brackets; null when it is unreadable. */
export function hostNameOf(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^(?:\[([0-9a-f:.]+)\]|([^:[\]]+))(?::\d{1,5})?$/i.exec(header.trim());
  const name = match?.[1] ?? match?.[2];
  return name ? name.toLowerCase() : null;
}

export function sameToken(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  // timingSafeEqual needs equal lengths; comparing b with itself keeps the time independent of a.
  return a.length === b.length ? timingSafeEqual(a, b) : !timingSafeEqual(b, b);
}

function refuse(res: ServerResponse, error: string): void {
  const body = Buffer.from(JSON.stringify({ error }));
  res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  res.end(body);
}

export function guardSimControl(handler: ControlHandler, options: SimGuardOptions): ControlHandler {
  const allowedHosts = new Set([...loopbackNames, hostNameOf(options.listenHost) ?? options.listenHost]);
  return (req, res, url) => {
    const host = hostNameOf(req.headers.host);
    if (host === null || !allowedHosts.has(host)) {
      refuse(res, 'the simulator answers requests to this machine only (Host header)');
      return;
    }
    const token = req.headers[simTokenHeader];
    if (!sameToken(Array.isArray(token) ? undefined : token, options.token)) {
      refuse(res, `the simulator needs the token the demo PBX printed, in the ${simTokenHeader} header`);
      return;
    }
    handler(req, res, url);
  };
}
