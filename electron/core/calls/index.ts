/**
 * Incoming calls, as a feature: caller popups and missed-call cards, caller lookup in the
 * phonebook, the CRM link, today's calls (calls-session.ts while connected, handlers.ts for the
 * popup's buttons).
 */
import type { callsContract } from '../../shared/features/calls';
import { defineFeature } from '../feature';
import { createCallsSession } from './calls-session';
import { createCallsHandlers } from './handlers';
import { type CallsSettings, callsSettings } from './settings';
import { initialCallsView } from './state';
import { callsTextsDe } from './texts.de';
import { type CallsTexts, callsTextsEn } from './texts.en';
import { callsTray } from './tray';

export const callsFeature = defineFeature<typeof callsContract, CallsSettings, CallsTexts>({
  name: 'calls',
  settings: callsSettings,
  initialState: initialCallsView,
  texts: { en: callsTextsEn, de: callsTextsDe },
  tray: callsTray,
  create(deps) {
    const calls = createCallsSession(deps);
    return {
      session: calls.part,
      handlers: createCallsHandlers(deps, calls),
      refresh: () => calls.refreshNow(),
      panel: (shown) => calls.panel(shown),
    };
  },
});
