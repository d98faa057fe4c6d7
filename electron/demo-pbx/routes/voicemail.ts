import type { VoicemailMessage } from '../data/model';
import { objectBody, type RouteRequest, stringField } from '../http/request';
import { badRequest, listOrNoContent, notFound, ok, type RouteResult } from '../http/respond';
import { type Route, route } from '../http/router';
import { formatVoicemailDate } from '../sim/pbx-time';
import { VOICEMAIL_FOLDERS } from '../sim/voicemail-store';
import type { PbxWorld } from '../sim/world';
import { breakAudio, createVoicemailWav } from '../wav';

const DEFAULT_LISTING_LIMIT = 20;

interface Mailbox {
  id: number;
  mailbox: string;
  name: string;
  email: string;
  tmstmp: string;
}

export function mailboxes(world: PbxWorld): Mailbox[] {
  return [
    ...world.users.map((u) => ({
      id: u.voicemailboxId,
      mailbox: u.mailbox,
      name: u.displayName,
      email: u.email,
      tmstmp: u.tmstmp,
    })),
    ...world.queues.map((q) => ({
      id: q.voicemailboxId,
      mailbox: q.mailbox,
      name: q.name,
      email: `${q.name.toLowerCase().replace(/\s+/g, '-')}@demo-firma.de`,
      tmstmp: q.tmstmp,
    })),
  ];
}

function renderMessage(message: VoicemailMessage): Record<string, string> {
  const name = message.callerName;
  return {
    origmailbox: message.mailbox,
    context: 'sub_mailbox-recording',
    macrocontext: '',
    exten: 's',
    rdnis: 'unknown',
    priority: '7',
    callerchan: message.callerChannel,
    callerid: name ? `"${name}" <${message.callerNumber}>` : `<${message.callerNumber}>`,
    origdate: formatVoicemailDate(message.origTimeSeconds * 1000),
    origtime: String(message.origTimeSeconds),
    category: '',
    msg_id: message.msgId,
    flag: message.folder === 'Urgent' ? 'Urgent' : '',
    duration: String(message.durationSeconds),
    calleridname: name,
    calleridnum: message.callerNumber,
    file: `${message.id}.txt`,
    id: message.id,
    folder: message.folder,
  };
}

type Scoped = (request: RouteRequest, box: Mailbox, folder: string) => RouteResult;

/** Resolves :box and :folder ("*" = all folders); unknown ones are 404. */
function scoped(handler: Scoped) {
  return (request: RouteRequest): RouteResult => {
    const box = mailboxes(request.world).find((m) => m.mailbox === request.params.box);
    if (!box) return notFound(`voicemailbox ${request.params.box ?? ''} not found`);
    const rawFolder = request.params.folder ?? '*';
    const folder = rawFolder === '*' ? '*' : request.world.voicemail.folderName(rawFolder);
    if (!folder) return notFound(`folder ${rawFolder} not found`);
    return handler(request, box, folder);
  };
}

function withMessage(
  handler: (request: RouteRequest, message: VoicemailMessage, box: Mailbox) => RouteResult,
) {
  return scoped((request, box, folder) => {
    const message = request.world.voicemail.find(box.mailbox, folder, request.params.id ?? '');
    return message
      ? handler(request, message, box)
      : notFound(`message ${request.params.id ?? ''} not found`);
  });
}

const listing: Scoped = (request, box, folder) => {
  const limit = Number(request.query.limit ?? DEFAULT_LISTING_LIMIT);
  if (!Number.isInteger(limit) || limit < 0) return badRequest('limit must be a number');
  const messages = request.world.voicemail.list(box.mailbox, folder);
  return listOrNoContent((limit > 0 ? messages.slice(0, limit) : messages).map(renderMessage));
};

/** The cheap watch: counts and the newest message in x-voicemail-* headers, no body. */
const counts: Scoped = (request, box, folder) => {
  const store = request.world.voicemail;
  const inScope = store.list(box.mailbox, folder);
  const newest = inScope[0];
  return {
    status: 200,
    headers: {
      'content-type': 'PLAIN',
      'x-voicemail-count': String(inScope.length),
      'x-voicemail-count-inbox': String(store.list(box.mailbox, 'INBOX').length),
      'x-voicemail-count-old': String(store.list(box.mailbox, 'Old').length),
      'x-voicemail-lastmsg-folder': newest?.folder ?? '',
      'x-voicemail-lastmsg-id': newest?.id ?? '',
      'x-voicemail-lastmsg-tmstmp': newest ? String(newest.origTimeSeconds) : '',
    },
  };
};

function messageAction(request: RouteRequest, message: VoicemailMessage, box: Mailbox): RouteResult {
  const body = objectBody(request);
  const action = body ? (stringField(body, 'action') ?? '').toLowerCase() : '';
  if (!body) return badRequest('request body must be a JSON object');
  if (action === 'move') {
    const target = request.world.voicemail.folderName(
      stringField(body, 'targetfolder', 'targetFolder') ?? '',
    );
    if (!target) return badRequest(`targetfolder must be one of ${VOICEMAIL_FOLDERS.join(', ')}`);
    request.world.voicemail.move(message, target);
    return ok({ response: 'voicemail moved' });
  }
  if (action === 'mailto') {
    // "adress" in the reference's table, "address" in its example: both are read.
    const address = stringField(body, 'address', 'adress') ?? box.email;
    if (!address.includes('@')) return badRequest('address must be an e-mail address');
    return ok({ response: 'voicemail mailed' });
  }
  return badRequest('action must be move or mailto');
}

/** The recording itself; a broken one (scripted) keeps the audio content type. */
function audio(_request: RouteRequest, message: VoicemailMessage): RouteResult {
  const wav = createVoicemailWav(message.durationSeconds, message.audioSeed);
  return {
    status: 200,
    headers: {
      'content-type': 'audio/x-wav',
      'content-disposition': `attachment; filename="${message.id}.wav"`,
    },
    bytes: message.broken ? breakAudio(wav, message.broken) : wav,
  };
}

export const voicemailRoutes: Route[] = [
  route('GET', 'voicemailbox', (request) =>
    ok(
      mailboxes(request.world).map((m) => ({
        '016voi_id': m.id,
        '016voi_mailbox': m.mailbox,
        '016voi_name': m.name,
        '016voi_tmstmp': m.tmstmp,
        '016voi_transcribe': 'disabled',
      })),
    ),
  ),
  route('HEAD', 'voicemailbox/:box', scoped(counts)),
  route(
    'GET',
    'voicemailbox/:box',
    scoped((_request, box) =>
      ok({
        '016voi_id': box.id,
        '016voi_email': box.email,
        '016voi_mailbox': box.mailbox,
        '016voi_name': box.name,
        '016voi_tmstmp': box.tmstmp,
        '016voi_format': 'wav',
        '016voi_transcribe': 'disabled',
        md5pass: '621c4c18706ab90abb1eb41647a8575e',
        folders: [...VOICEMAIL_FOLDERS],
      }),
    ),
  ),
  route('HEAD', 'voicemailbox/:box/:folder', scoped(counts)),
  route('GET', 'voicemailbox/:box/:folder', scoped(listing)),
  // The reference also names this URL for downloads; the audio itself lives under /asset/.
  route(
    'GET',
    'voicemailbox/:box/:folder/:id',
    withMessage((request, message) => ({
      status: 302,
      headers: {
        location: `/${request.instance}/asset/voicemailbox/${encodeURIComponent(message.mailbox)}/${encodeURIComponent(request.params.folder ?? '')}/${encodeURIComponent(request.params.id ?? '')}`,
      },
    })),
  ),
  route('POST', 'voicemailbox/:box/:folder/:id', withMessage(messageAction)),
  route(
    'DELETE',
    'voicemailbox/:box/:folder/:id',
    withMessage((request, message) => {
      request.world.voicemail.delete(message);
      return ok({ response: 'voicemail deleted' });
    }),
  ),
];

export const assetRoutes: Route[] = [route('GET', 'voicemailbox/:box/:folder/:id', withMessage(audio))];
