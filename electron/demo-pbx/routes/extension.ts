import type { RouteRequest } from '../http/request';
import { ok, type RouteResult } from '../http/respond';
import { type Route, route } from '../http/router';
import { dialString, resolveTarget } from '../sim/parties';

interface ExtensionRow {
  '009ext_extension': string;
  typ: string;
  text: string;
  src: string;
  resource: string;
}

const SYSTEM_EXTENSIONS: ExtensionRow[] = [
  {
    '009ext_extension': '110',
    typ: 'Notrufnummer',
    text: 'Polizei',
    src: '075emergency',
    resource: 'extensions/extension-3',
  },
  {
    '009ext_extension': '112',
    typ: 'Notrufnummer',
    text: 'Feuerwehr / Rettungsdienst',
    src: '075emergency',
    resource: 'extensions/extension-4',
  },
  {
    '009ext_extension': '*97',
    typ: 'Systemfunktion',
    text: 'Eigene Voicemailbox',
    src: '077feature',
    resource: 'extensions/extension-9',
  },
];

function rows(request: RouteRequest): ExtensionRow[] {
  const users = request.world.users.map((u) => ({
    '009ext_extension': u.extension,
    typ: 'Benutzer',
    text: u.displayName,
    src: '011account',
    resource: `users/user-${u.id}`,
  }));
  const queues = request.world.queues.map((q) => ({
    '009ext_extension': q.extension,
    typ: 'Warteschlange',
    text: q.name,
    src: '029team',
    resource: `queues/queue-${q.id}`,
  }));
  return [...SYSTEM_EXTENSIONS, ...users, ...queues].sort((a, b) =>
    a['009ext_extension'].localeCompare(b['009ext_extension'], 'en', { numeric: true }),
  );
}

/**
 * ?target= resolves one number the way the PBX would dial it. The reference gives no sample for this
 * form: the answer is the extension row (same fields as the list) plus `internal`, `target` (as
 * given) and `dialed` (the digits sent); an external number has typ "Extern" and empty src/resource.
 */
function resolve(request: RouteRequest, target: string): RouteResult {
  const dialed = dialString(target);
  const known = rows(request).find((row) => row['009ext_extension'] === dialed);
  if (known) return ok({ ...known, internal: true, target, dialed });
  const resolved = resolveTarget(request.world, target);
  if (resolved?.kind === 'user' || resolved?.kind === 'queue') {
    const extension = resolved.kind === 'user' ? resolved.user.extension : resolved.queue.extension;
    const row = rows(request).find((r) => r['009ext_extension'] === extension);
    if (row) return ok({ ...row, internal: true, target, dialed: extension });
  }
  return ok({
    '009ext_extension': '',
    typ: 'Extern',
    text: target,
    src: '',
    resource: '',
    internal: false,
    target,
    dialed,
  });
}

export const extensionRoutes: Route[] = [
  route('GET', 'extension', (request) => {
    const target = request.query.target;
    return target !== undefined && target.trim() !== '' ? resolve(request, target) : ok(rows(request));
  }),
];
