import type { PhonebookEntry } from '../data/model';
import { objectBody, type RouteRequest } from '../http/request';
import { badRequest, notFound, ok, type RouteResult } from '../http/respond';
import { type Route, route } from '../http/router';
import type { PhonebookFields, PhonebookQuery } from '../sim/phonebook-store';

export function renderEntry(entry: PhonebookEntry): Record<string, unknown> {
  return {
    type: entry.type,
    id: entry.id,
    phonebookType: entry.owner === null ? null : 'identity',
    phonebookName: entry.owner,
    displayname: entry.displayname,
    firstname: entry.firstname,
    surname: entry.surname,
    phone: entry.phone,
    email: entry.email,
    fax: entry.fax,
    mobile: entry.mobile,
    homephone: entry.homephone,
    organisation: entry.organisation,
    notes: entry.notes,
    labelList: [...entry.labelList],
  };
}

interface Page {
  entries: PhonebookEntry[];
  total: number;
  totalUnfiltered: number;
  limit: number;
  offset: number;
  scroll: number;
}

function page(request: RouteRequest, query: PhonebookQuery): Page | RouteResult {
  const offset = Number(request.query.offset ?? 0);
  const limit = Number(request.query.limit ?? 0);
  if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 0) {
    return badRequest('offset and limit must be non-negative integers');
  }
  const matched = request.world.phonebook.list({
    ...query,
    ...(request.query.search !== undefined ? { search: request.query.search } : {}),
    ...(request.query.letter !== undefined ? { letter: request.query.letter } : {}),
  });
  const entries = limit > 0 ? matched.slice(offset, offset + limit) : matched.slice(offset);
  const nextOffset = offset + entries.length;
  return {
    entries,
    total: matched.length,
    totalUnfiltered: request.world.phonebook.count(query.owner, query.includeGlobal),
    limit,
    offset,
    // "Scroll limit of offset": where the next page starts, 0 when there is none.
    scroll: nextOffset < matched.length ? nextOffset : 0,
  };
}

function isPage(value: Page | RouteResult): value is Page {
  return 'entries' in value;
}

function listing(query: (request: RouteRequest) => PhonebookQuery | RouteResult) {
  return (request: RouteRequest): RouteResult => {
    const scope = query(request);
    if ('status' in scope) return scope;
    const result = page(request, scope);
    if (!isPage(result)) return result;
    return ok({
      total: result.total,
      limit: result.limit,
      offset: result.offset,
      scroll: result.scroll,
      entries: result.entries.map(renderEntry),
    });
  };
}

/** HEAD: only the counters, in x-* headers, with the PBX's odd "content-type: PLAIN". */
function totals(query: (request: RouteRequest) => PhonebookQuery | RouteResult) {
  return (request: RouteRequest): RouteResult => {
    const scope = query(request);
    if ('status' in scope) return scope;
    const result = page(request, scope);
    if (!isPage(result)) return result;
    return {
      status: 200,
      headers: {
        'content-type': 'PLAIN',
        'x-limit': String(result.limit),
        'x-offset': String(result.offset),
        'x-scroll': String(result.scroll),
        'x-total': String(result.totalUnfiltered),
        'x-totalfiltered': String(result.total),
      },
    };
  };
}

const globalScope = (): PhonebookQuery => ({ owner: null, includeGlobal: true });

function privateScope(request: RouteRequest): PhonebookQuery | RouteResult {
  const user = request.world.user(request.params.user ?? '');
  if (!user) return notFound(`user ${request.params.user ?? ''} not found`);
  return { owner: user.name, includeGlobal: request.query.scope?.toLowerCase() === 'all' };
}

const TEXT_FIELDS = [
  'displayname',
  'firstname',
  'surname',
  'phone',
  'email',
  'fax',
  'mobile',
  'homephone',
  'organisation',
  'notes',
] as const;

/** Entry fields from a create/update body; "" is stored as null, like the PBX's empty columns. */
function readFields(body: Record<string, unknown>): Partial<PhonebookFields> | string {
  const fields: Partial<PhonebookFields> = {};
  for (const name of TEXT_FIELDS) {
    const value = body[name];
    if (value === undefined) continue;
    if (value !== null && typeof value !== 'string' && typeof value !== 'number')
      return `${name} must be a string`;
    const text = value === null ? '' : String(value);
    if (name === 'displayname') fields.displayname = text;
    else fields[name] = text === '' ? null : text;
  }
  const labels = body.labelList ?? body.labellist;
  if (labels !== undefined) {
    if (!Array.isArray(labels)) return 'labelList must be an array';
    fields.labelList = labels.map((label) =>
      typeof label === 'object' && label !== null && 'name' in label ? String(label.name) : String(label),
    );
  }
  return fields;
}

function completeFields(fields: Partial<PhonebookFields>): PhonebookFields | string {
  const person = [fields.firstname, fields.surname].filter(Boolean).join(' ');
  const composed =
    fields.organisation && person
      ? `${fields.organisation} - ${person}`
      : person || fields.organisation || '';
  const displayname = fields.displayname || composed;
  if (!displayname) return 'displayname (or a name or organisation) is required';
  return {
    displayname,
    firstname: fields.firstname ?? null,
    surname: fields.surname ?? null,
    phone: fields.phone ?? null,
    email: fields.email ?? null,
    fax: fields.fax ?? null,
    mobile: fields.mobile ?? null,
    homephone: fields.homephone ?? null,
    organisation: fields.organisation ?? null,
    notes: fields.notes ?? null,
    labelList: fields.labelList ?? [],
  };
}

function create(owner: (request: RouteRequest) => string | null | RouteResult) {
  return (request: RouteRequest): RouteResult => {
    const who = owner(request);
    if (who !== null && typeof who === 'object') return who;
    const body = objectBody(request);
    if (!body) return badRequest('request body must be a JSON object');
    const fields = readFields(body);
    if (typeof fields === 'string') return badRequest(fields);
    const complete = completeFields(fields);
    if (typeof complete === 'string') return badRequest(complete);
    return ok(renderEntry(request.world.phonebook.create(who, complete)));
  };
}

function entryById(request: RouteRequest): PhonebookEntry | undefined {
  const id = Number(request.params.id);
  return Number.isInteger(id) ? request.world.phonebook.byId(id) : undefined;
}

function update(request: RouteRequest): RouteResult {
  const entry = entryById(request);
  if (entry?.type !== '028phonebook') return notFound(`phonebook entry ${request.params.id ?? ''} not found`);
  const body = objectBody(request);
  if (!body) return badRequest('request body must be a JSON object');
  const fields = readFields(body);
  if (typeof fields === 'string') return badRequest(fields);
  if (fields.displayname === '') return badRequest('displayname must not be empty');
  return ok(renderEntry(request.world.phonebook.update(entry.id, fields) ?? entry));
}

function remove(request: RouteRequest): RouteResult {
  const entry = entryById(request);
  if (entry?.type !== '028phonebook') return notFound(`phonebook entry ${request.params.id ?? ''} not found`);
  request.world.phonebook.delete(entry.id);
  return ok({ response: 'phonebook entry deleted' });
}

/** Copy or move between the global and private phonebooks ({type:"null"} means global). */
function copyOrMove(request: RouteRequest): RouteResult {
  const entry = entryById(request);
  if (entry?.type !== '028phonebook') return notFound(`phonebook entry ${request.params.id ?? ''} not found`);
  const body = objectBody(request);
  const action = typeof body?.action === 'string' ? body.action.toLowerCase() : '';
  const target = body?.target;
  if ((action !== 'copy' && action !== 'move') || typeof target !== 'object' || target === null) {
    return badRequest('action must be copy or move, with a target');
  }
  const targetType = 'type' in target ? String(target.type) : 'null';
  const targetName = 'name' in target ? String(target.name) : 'null';
  const owner = targetType === 'identity' ? targetName : null;
  if (owner !== null && !request.world.user(owner)) return notFound(`user ${owner} not found`);
  const { id: _id, type: _type, owner: _owner, ...fields } = entry;
  const copy = request.world.phonebook.create(owner, { ...fields, labelList: [...fields.labelList] });
  if (action === 'move') request.world.phonebook.delete(entry.id);
  return ok(renderEntry(copy));
}

export const phonebookRoutes: Route[] = [
  route('HEAD', 'phonebook', totals(globalScope)),
  route('GET', 'phonebook', listing(globalScope)),
  route(
    'POST',
    'phonebook',
    create(() => null),
  ),
  route('HEAD', 'phonebook/identity/:user', totals(privateScope)),
  route('GET', 'phonebook/identity/:user', listing(privateScope)),
  route(
    'POST',
    'phonebook/identity/:user',
    create(
      (request) =>
        request.world.user(request.params.user ?? '')?.name ??
        notFound(`user ${request.params.user ?? ''} not found`),
    ),
  ),
  route('GET', 'phonebook/:id', (request) => {
    const entry = entryById(request);
    return entry ? ok(renderEntry(entry)) : notFound(`phonebook entry ${request.params.id ?? ''} not found`);
  }),
  route('POST', 'phonebook/:id', update),
  route('DELETE', 'phonebook/:id', remove),
  route('POST', 'phonebook/:id/action', copyOrMove),
];
