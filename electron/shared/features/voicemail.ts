/**
 * The contract of one feature, voicemail: mailbox, playback, handling (issue: voicemail). Listed in
 * ../feature-list.ts; its slice is `state.voicemail`.
 *
 * The message list is served by a command (`voicemail/list`), not kept in the state tree: the tree
 * goes to every window on every change, the list only to the panel when its `revision` moved.
 * Audio crosses as base64 text: Electron's structured clone would carry a Uint8Array, but the
 * preview's WebSocket bridge speaks JSON, and one shape for both keeps the renderer host-agnostic.
 */
import { z } from 'zod';
import { accessRules } from '../command-access';
import type { FeatureContract } from '../feature-contract';
import type { CommandError } from '../vocabulary';

export const VOICEMAIL_WATCH_INTERVAL_LIMITS_MS = { min: 2000, max: 600_000 } as const;

/** The voicemail feature's commands; schemas are built on first use (see ../feature-contract.ts). */
function voicemailCommands() {
  /** A message's stable key: its box-wide `msg_id` (file names like msg0000 are reused after a move). */
  const messageKey = z
    .string()
    .min(1)
    .max(160)
    .regex(/^[\w.@/:-]+$/);
  const byKey = z.object({ key: messageKey }).strict();
  return {
    /** The messages of every folder as the core last saw them (no PBX request). */
    'voicemail/list': z.object({}).strict(),
    /** The voicemail tab was opened: list the folders now instead of waiting for a change. */
    'voicemail/refresh': z.object({}).strict(),
    /** The recording, downloaded (and cached for the session) by the core. */
    'voicemail/audio': byKey,
    /** Played to the end, or marked by hand: the message moves to Old. */
    'voicemail/mark-heard': byKey,
    /** Back to INBOX. */
    'voicemail/mark-unheard': byKey,
    /** Deletes after a few seconds, unless `voicemail/undo-delete` comes first. */
    'voicemail/delete': byKey,
    'voicemail/undo-delete': byKey,
    /** Dials the caller's number on the agent's default device. */
    'voicemail/call-back': byKey,
    /** The PBX mails the recording (`mailto` action). */
    'voicemail/forward': z
      .object({ key: messageKey, address: z.string().trim().min(3).max(254).pipe(z.email()) })
      .strict(),
    /** Shows the panel on the voicemail tab (the tray's "2 new voicemails"), on one message if given. */
    'voicemail/show': z.object({ key: messageKey.optional() }).strict(),
    'voicemail/configure': z
      .object({
        watchIntervalMs: z
          .number()
          .int()
          .min(VOICEMAIL_WATCH_INTERVAL_LIMITS_MS.min)
          .max(VOICEMAIL_WATCH_INTERVAL_LIMITS_MS.max),
      })
      .strict(),
  } as const;
}

/** What the folders mean to the agent; `other` for anything a PBX adds (Family, Work, ...). */
export type VoicemailFolderKind = 'new' | 'urgent' | 'heard' | 'other';

export interface VoicemailFolderView {
  name: string;
  kind: VoicemailFolderKind;
  count: number;
}

export interface VoicemailMessageView {
  key: string;
  folder: string;
  /** In INBOX or Urgent: nobody has listened to it yet. */
  unheard: boolean;
  /** The phonebook's name when the number is known there, else the PBX's caller-id name. */
  callerName: string | null;
  nameSource: 'phonebook' | 'pbx' | null;
  callerNumber: string | null;
  receivedAtMs: number | null;
  durationSeconds: number;
}

export interface VoicemailList {
  revision: number;
  folders: VoicemailFolderView[];
  /** Newest first, every folder. */
  messages: VoicemailMessageView[];
}

export interface VoicemailAudio {
  key: string;
  contentType: string;
  /** The recording's bytes, base64. */
  base64: string;
  byteLength: number;
  /** From the WAV header; null for other formats. */
  durationSeconds: number | null;
}

export interface VoicemailCommandResults {
  'voicemail/list': VoicemailList;
  'voicemail/refresh': null;
  'voicemail/audio': VoicemailAudio;
  'voicemail/mark-heard': null;
  'voicemail/mark-unheard': null;
  'voicemail/delete': { sendAtMs: number };
  'voicemail/undo-delete': { restored: boolean };
  'voicemail/call-back': null;
  'voicemail/forward': null;
  'voicemail/show': null;
  'voicemail/configure': { watchIntervalMs: number };
}

/** `off`: not connected or the agent has no mailbox; `failed`: the mailbox could not be read. */
export type VoicemailStatus = 'off' | 'loading' | 'ready' | 'failed';

export interface VoicemailView {
  status: VoicemailStatus;
  mailbox: string | null;
  /** Messages nobody has heard (INBOX and Urgent): the badge. */
  unread: number;
  total: number;
  /** Moves whenever the list changed: the panel then asks `voicemail/list` again. */
  revision: number;
  /** Deleted by the agent, sent to the PBX at `sendAtMs` unless undone. */
  pendingDeletes: { key: string; sendAtMs: number }[];
  /** False once the PBX refused the `mailto` action. */
  forwardSupported: boolean;
  settings: VoicemailSettingsView;
  checkedAtMs: number | null;
  failure: CommandError | null;
  /** "Show this message": the panel switches to the voicemail tab when `seq` moves. */
  reveal: { key: string | null; seq: number; atMs: number } | null;
}

export interface VoicemailSettingsView {
  /** How often the mailbox is asked for its counts. */
  watchIntervalMs: number;
}

export interface VoicemailEvents {
  /** A message arrived in the agent's mailbox (not raised for those already there at start). */
  'voicemail/received': VoicemailMessageView;
}

/** The mailbox is the panel's; how often it is checked is a setting. */
const voicemailAccess = accessRules(voicemailCommands, {
  'voicemail/list': { windows: ['panel'] },
  'voicemail/refresh': { windows: ['panel'] },
  'voicemail/audio': { windows: ['panel'] },
  'voicemail/mark-heard': { windows: ['panel'] },
  'voicemail/mark-unheard': { windows: ['panel'] },
  'voicemail/delete': { windows: ['panel'] },
  'voicemail/undo-delete': { windows: ['panel'] },
  'voicemail/call-back': { windows: ['panel'] },
  'voicemail/forward': { windows: ['panel'] },
  'voicemail/show': { windows: ['panel'] },
  'voicemail/configure': { windows: ['settings'] },
});

export const voicemailContract = {
  name: 'voicemail',
  commands: voicemailCommands,
  events: ['voicemail/received'],
  access: voicemailAccess,
  types: {} as { results: VoicemailCommandResults; slice: VoicemailView; events: VoicemailEvents },
} as const satisfies FeatureContract;
