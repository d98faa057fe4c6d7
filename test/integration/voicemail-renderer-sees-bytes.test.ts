/**
 * What a window receives about voicemail, on the real transport: a WebSocket to the preview host,
 * which carries the contract exactly as Electron's IPC does (same commands, same events). Every
 * frame of a session that lists, plays and handles messages is searched for the PBX credentials
 * and for any URL that would fetch a recording: the window must get bytes, nothing to fetch with.
 */
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { describeWav } from '../../electron/demo-pbx/index';
import { type PreviewHost, startPreviewHost } from '../../electron/preview/preview-host';

const rendererDir = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
let host: PreviewHost | null = null;
let socket: WebSocket | null = null;

afterEach(async () => {
  socket?.terminate();
  await host?.close();
  host = null;
  socket = null;
});

interface Frame {
  type: string;
  id?: number;
  name?: string;
  result?: { ok: boolean; value?: unknown; error?: unknown };
  payload?: unknown;
}

async function panelSocket(preview: PreviewHost) {
  const token = new URL(preview.url).searchParams.get('token') ?? '';
  const ws = new WebSocket(`${preview.origin.replace('http', 'ws')}/bridge?token=${token}&window=panel`, {
    origin: preview.origin,
  });
  const raw: string[] = [];
  const waiting = new Map<number, (frame: Frame) => void>();
  ws.on('message', (data) => {
    const text = String(data);
    raw.push(text);
    const frame = JSON.parse(text) as Frame;
    if (frame.type === 'result' && frame.id !== undefined) waiting.get(frame.id)?.(frame);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 1;
  const invoke = (name: string, input: unknown) =>
    new Promise<Frame['result']>((resolve) => {
      const id = nextId++;
      waiting.set(id, (frame) => resolve(frame.result));
      ws.send(JSON.stringify({ type: 'invoke', id, name, input }));
    });
  return { ws, raw, invoke };
}

async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('a window gets recordings as bytes: never the PBX password, its Basic string or a URL to fetch them', async () => {
  host = await startPreviewHost({ rendererDir, pbx: { kind: 'demo', options: { lively: false } } });
  const preview = host;
  const demo = preview.demo;
  if (!demo) throw new Error('the preview should run the demo PBX');
  const panel = await panelSocket(preview);
  socket = panel.ws;
  await eventually(() => preview.companion.state.voicemail.status === 'ready');

  demo.sim.leaveVoicemail({
    mailbox: '221',
    from: '+4930555123',
    fromName: 'Bytes Only',
    durationSeconds: 4,
  });
  demo.sim.leaveVoicemail({ mailbox: '221', from: '+4930555124', fromName: 'Broken', broken: 'truncated' });
  await panel.invoke('voicemail/refresh', {});
  await eventually(() => preview.companion.state.voicemail.total === 7);
  const list = (await panel.invoke('voicemail/list', {}))?.value as {
    messages: { key: string; callerName: string | null }[];
  };
  const keyOf = (name: string) => list.messages.find((m) => m.callerName === name)?.key ?? '';

  const audio = await panel.invoke('voicemail/audio', { key: keyOf('Bytes Only') });
  expect(audio?.ok).toBe(true);
  const { base64, contentType } = (audio?.value ?? {}) as { base64: string; contentType: string };
  expect(contentType).toBe('audio/wav');
  expect(describeWav(Buffer.from(base64, 'base64'))?.durationSeconds).toBe(4);
  expect((await panel.invoke('voicemail/audio', { key: keyOf('Broken') }))?.ok).toBe(false);
  await panel.invoke('voicemail/mark-heard', { key: keyOf('Bytes Only') });
  await panel.invoke('voicemail/delete', { key: keyOf('Broken') });
  await panel.invoke('voicemail/forward', { key: keyOf('Bytes Only'), address: 'team@example.com' });
  await eventually(() => panel.raw.some((frame) => frame.includes('"pendingDeletes":[{')));

  const basic = Buffer.from(`${demo.apiUser}:${demo.apiPassword}`).toString('base64');
  const hits = (needle: string) => panel.raw.filter((frame) => frame.includes(needle)).length;
  expect(hits(demo.apiPassword)).toBe(0);
  expect(hits(basic)).toBe(0);
  expect(hits('Basic ')).toBe(0);
  expect(hits('/asset/')).toBe(0);
  expect(hits('/services/')).toBe(0);
  expect(hits('voicemailbox')).toBe(0);
  // The server address is shown in the panel and the settings (it fetches nothing by itself);
  // beyond those two fields no frame names the PBX at all.
  const withoutAddress = panel.raw.map((frame) =>
    frame.split(`"serverAddress":"${demo.baseUrl}"`).join('"serverAddress":"…"'),
  );
  expect(withoutAddress.filter((frame) => frame.includes(demo.origin))).toEqual([]);
  expect(panel.raw.filter((frame) => frame.includes(base64)).length).toBe(1);
});
