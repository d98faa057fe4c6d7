/**
 * The pascom REST client: the core's only way to the phone system. PBX field names
 * (`003use_name`, `016voi_mailbox`, ...) stay inside this folder; everything exported speaks
 * the app's camelCase domain types.
 */
import { type CdrApi, createCdrApi } from './cdr';
import type { PbxClient } from './client';
import { createExtensionApi, type ExtensionApi } from './extension';
import { createExtensionSwitchApi, type ExtensionSwitchApi } from './extension-switch';
import { createIdentityApi, type IdentityApi } from './identity';
import { createLocationApi, type LocationApi } from './location';
import type { DroppedDataSink } from './normalize';
import { createPhonebookApi, type PhonebookApi } from './phonebook';
import { createQueueApi, type QueueApi } from './queue';
import { createRedirectApi, type RedirectApi } from './redirect';
import { createRoleApi, type RoleApi } from './role';
import { createVoicemailApi, type VoicemailApi } from './voicemail';

export interface PbxApi {
  readonly client: PbxClient;
  readonly identity: IdentityApi;
  readonly cdr: CdrApi;
  readonly phonebook: PhonebookApi;
  readonly queue: QueueApi;
  readonly voicemail: VoicemailApi;
  readonly extension: ExtensionApi;
  readonly redirect: RedirectApi;
  readonly role: RoleApi;
  readonly location: LocationApi;
  readonly extensionSwitch: ExtensionSwitchApi;
}

/**
 * `onDropped` hears of every record (or field of a kept record) the edge left out of an answer
 * because it did not fit (see normalize-records.ts); the session logs each once.
 */
export function createPbxApi(client: PbxClient, options: { onDropped?: DroppedDataSink } = {}): PbxApi {
  const sink = options.onDropped;
  return {
    client,
    identity: createIdentityApi(client, sink),
    cdr: createCdrApi(client, sink),
    phonebook: createPhonebookApi(client, sink),
    queue: createQueueApi(client, sink),
    voicemail: createVoicemailApi(client, sink),
    extension: createExtensionApi(client, sink),
    redirect: createRedirectApi(client, sink),
    role: createRoleApi(client, sink),
    location: createLocationApi(client, sink),
    extensionSwitch: createExtensionSwitchApi(client, sink),
  };
}

export {
  type AuthHeaderSource,
  BasicAuth,
  type BasicAuthProblem,
  type BasicAuthResult,
  basicAuthFromPassword,
  basicAuthFromString,
} from './auth';
export type { CdrApi, CdrHistoryFilter, CdrTime } from './cdr';
export {
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  DEFAULT_TIMEOUT_MS,
  type DownloadedFile,
  type FetchLike,
  type PathSegment,
  PbxClient,
  type PbxClientOptions,
  type PbxExchange,
  type QueryValue,
  type RequestOptions,
} from './client';
export { DEFAULT_RETRY_AFTER_MS } from './error-mapping';
export { isPbxError, PBX_ERROR_KINDS, PbxError, type PbxErrorKind } from './errors';
export type { ExtensionApi } from './extension';
export type { ExtensionSwitchApi } from './extension-switch';
export type {
  DeviceActionName,
  DeviceActionRequest,
  DeviceTarget,
  IdentityApi,
  UserActionName,
  UserActionRequest,
} from './identity';
export type { LocationApi, LocationUser } from './location';
export type { DroppedData, DroppedDataSink } from './normalize';
export type {
  CreatedPhonebookEntry,
  NewPhonebookEntry,
  PhonebookApi,
  PhonebookQuery,
  PrivatePhonebookQuery,
} from './phonebook';
export type { QueueAgentAction, QueueAgentActionName, QueueApi } from './queue';
export type { RedirectApi } from './redirect';
export type { RoleApi, RoleType } from './role';
export type { CallParty, CallQueueInfo, CdrRecord, LiveCall, LiveCallState } from './schemas/cdr';
export type { PbxDevice } from './schemas/device';
export type { ExtensionEntry, ExtensionKind, TargetResolution } from './schemas/extension';
export type { PbxSwitch } from './schemas/extension-switch';
export type { PbxProfile, PbxUser, PbxUserState } from './schemas/identity';
export type { LocationOccupant, PbxLocation } from './schemas/location';
export type { PhonebookEntry, PhonebookNumbers, PhonebookPage, PhonebookTotals } from './schemas/phonebook';
export {
  type LineCondition,
  lineConditionsOf,
  type PbxPresence,
  presenceOf,
} from './schemas/presence';
export type {
  QueueActionResult,
  QueueCounts,
  QueueDetail,
  QueueMember,
  QueuePauseCount,
  QueuePauseReason,
  QueueSummary,
  QueueWaitingCaller,
} from './schemas/queue';
export type { Redirect, RedirectSetResult } from './schemas/redirect';
export type { PbxRole } from './schemas/role';
export type {
  VoicemailBox,
  VoicemailBoxDetail,
  VoicemailCounts,
  VoicemailMessage,
} from './schemas/voicemail';
export {
  parseServerAddress,
  type ServerAddress,
  type ServerAddressProblem,
  type ServerAddressResult,
} from './server-address';
export { MAX_STATES_URL_CHARS } from './state-keys';
export type { VoicemailApi, VoicemailFolder, VoicemailMail } from './voicemail';
