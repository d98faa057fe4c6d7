/**
 * "Called 3 times in the last 30 days, last on Monday": one `/cdr` request per ringing call.
 * The PBX matches numbers as text, so it is asked for the number's last digits (`%1234567`) and
 * the answer is compared here with the normaliser: `+49 89 1234567` and `089 1234567` are one
 * caller. Records are legs; the legs of one call share a chain and count once.
 */
import type { PreviousCallsView } from '../../shared/features/calls';
import type { PbxApi } from '../pbx/index';
import type { CdrRecord } from '../pbx/schemas/cdr';
import { candidateKeys, cleanNumber, type NumberContext } from '../phone/phone-number';
import { isLegOfLiveCall, wasAnswered } from './recent-calls';

export const PREVIOUS_CALLS_DAYS = 30;
const dayMs = 86_400_000;
const suffixDigits = 7;
const maxRecords = 500;

export interface PreviousCallsQuery {
  number: string;
  /** Legs of the ringing call itself (not "a previous call"). */
  ownLegIds: readonly number[];
  nowMs: number;
  context: NumberContext;
}

export async function fetchPreviousCalls(
  api: PbxApi,
  query: PreviousCallsQuery,
  signal?: AbortSignal,
): Promise<PreviousCallsView | null> {
  const cleaned = cleanNumber(query.number);
  if (cleaned === null || cleaned.replace(/\D/g, '') === '') return null;
  const digits = cleaned.replace(/\D/g, '');
  const srcNumber = digits.length > suffixDigits ? `%${digits.slice(-suffixDigits)}` : cleaned;
  const records = await api.cdr.history(
    { srcNumber, timeFrom: query.nowMs - PREVIOUS_CALLS_DAYS * dayMs, limit: maxRecords },
    signal ? { signal } : {},
  );
  return summarisePreviousCalls(records, query);
}

/** Counts calls (chains) from the same number, newest first; pure, for tests. */
export function summarisePreviousCalls(
  records: readonly CdrRecord[],
  query: Omit<PreviousCallsQuery, 'nowMs'>,
): PreviousCallsView {
  const wanted = new Set(candidateKeys(query.number, query.context));
  const own = [...query.ownLegIds];
  const calls = new Map<string, { startedAtMs: number; connected: boolean; own: boolean }>();
  for (const record of records) {
    const number = record.src.number;
    if (!number || !candidateKeys(number, query.context).some((key) => wanted.has(key))) continue;
    const chain = record.chain ?? String(record.parentId ?? record.id);
    const call = calls.get(chain) ?? { startedAtMs: Number.POSITIVE_INFINITY, connected: false, own: false };
    call.startedAtMs = Math.min(call.startedAtMs, record.timestampMs ?? Number.POSITIVE_INFINITY);
    call.connected ||= wasAnswered(record);
    call.own ||= isLegOfLiveCall(record, own);
    calls.set(chain, call);
  }
  const previous = [...calls.values()].filter((call) => !call.own);
  const latestAtMs = previous
    .map((call) => call.startedAtMs)
    .filter(Number.isFinite)
    .sort((a, b) => b - a)
    .slice(0, 3);
  return {
    count: previous.length,
    missed: previous.filter((call) => !call.connected).length,
    days: PREVIOUS_CALLS_DAYS,
    latestAtMs,
  };
}
