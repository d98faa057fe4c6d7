/**
 * What a feature (calls, queues, voicemail, ...) gets while the app is connected, and what it
 * must offer back. The connection controller starts every feature when a session goes online and
 * stops it when the session ends (disconnect, refused credentials, untrusted certificate), so no
 * feature polls a PBX the app is not connected to, and every loop shares the same manners:
 * one 401/403 from any loop stops them all.
 */
import type { AgentView } from '../../shared/contract';
import type { PbxApi } from '../pbx/index';
import type { PollLoop, PollLoopOptions } from '../sync/poll-loop';

export interface SessionContext {
  /** The REST resources of the connected PBX. */
  readonly api: PbxApi;
  readonly agent: AgentView;
  /**
   * A poll loop bound to this session: it is stopped with the session, retry/resume apply to it,
   * and a 401/403 in it stops every loop. Its other failures back it off; they drive the
   * connection status (offline, "the PBX asked us to wait") only for the loop that
   * `governsConnection` (the agent's own-state poll). The caller starts it.
   */
  loop(
    options: Pick<PollLoopOptions, 'name' | 'intervalMs' | 'run'> &
      Partial<Pick<PollLoopOptions, 'backoff' | 'governsConnection'>>,
  ): PollLoop;
}

export interface SessionFeature {
  readonly name: string;
  start(session: SessionContext): void;
  stop(): void;
}
