/**
 * The memo as a core feature module: what `electron/core/<name>/index.ts` would hold (a real
 * feature splits the same parts over state.ts, settings.ts, tray.ts, texts.*.ts as it grows).
 */
import { defineFeature, type SessionPart } from '../../../electron/core/feature';
import type { PollLoop } from '../../../electron/core/sync/poll-loop';
import type { CompanionState } from '../../../electron/shared/contract';
import { type MemoEvents, type MemoView, memoContract } from './contract';
import { type MemoSettings, memoSettings } from './settings';
import { memoTextsDe } from './texts.de';
import { type MemoTexts, memoTextsEn } from './texts.en';

/** The memo's slice of a tree composed with it (the app's own `CompanionState` does not know it). */
export const memoOf = (state: CompanionState): MemoView =>
  (state as CompanionState & { memo: MemoView }).memo;

export const memoFeature = defineFeature<typeof memoContract, MemoSettings, MemoTexts>({
  name: memoContract.name,
  settings: memoSettings,
  initialState: (settings) => ({
    text: settings.text,
    ticks: 0,
    lastPowerEvent: null,
    settings: { ...settings },
  }),
  settingsView: (settings) => ({ text: settings.text }),
  texts: { en: memoTextsEn, de: memoTextsDe },
  tray: {
    tooltip: (state, text) => (memoOf(state).text ? text.memo(memoOf(state).text) : null),
    entries: (state, text) => [
      { type: 'info', label: memoOf(state).text ? text.memo(memoOf(state).text) : text.noMemo },
    ],
  },
  create(deps) {
    let loop: PollLoop | null = null;
    // The app's event union does not know this feature's events; a real feature's are in it.
    const emit = deps.emit as unknown as <E extends keyof MemoEvents>(
      event: E,
      payload: MemoEvents[E],
    ) => void;
    const session: SessionPart = {
      name: 'memo',
      start(context) {
        loop = context.loop({
          name: 'memo',
          intervalMs: () => 1000,
          run: async () => deps.slice.update((memo) => ({ ticks: memo.ticks + 1 })),
        });
        loop.start();
      },
      stop() {
        loop?.stop();
        loop = null;
      },
    };
    return {
      session,
      handlers: {
        'memo/set': (input) => {
          deps.settings.update({ text: input.text });
          deps.slice.update({ text: input.text });
          emit('memo/changed', { text: input.text });
          return deps.slice.current;
        },
      },
      power: (event) => deps.slice.update({ lastPowerEvent: event }),
    };
  },
});
