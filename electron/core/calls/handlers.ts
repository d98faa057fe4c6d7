/** The calls feature's commands: the popup's buttons, the tray's "Answer", its settings. */
import type { callsContract } from '../../shared/features/calls';
import type { FeatureHandlers } from '../commands/handler-types';
import { numberContextOf } from '../phone/number-context';
import { startAnswerAttempt } from './answer-watch';
import {
  answerOnDefaultDevice,
  createPrivateContact,
  declineOnDefaultDevice,
  ringingCallToAnswer,
} from './call-actions';
import { callSettingsView, checkCallSettingsPatch, numberFormatChanged } from './call-settings';
import { syncIndexContext } from './call-views';
import type { CallsDeps, CallsSession } from './calls-session';

export function createCallsHandlers(
  deps: CallsDeps,
  calls: CallsSession,
): FeatureHandlers<typeof callsContract> {
  const { slice } = deps;
  return {
    'calls/answer': async (input) => {
      const { session, sync } = calls.require();
      const call = ringingCallToAnswer(slice.current.live, input.callId);
      // Which calls rang when Answer was pressed: the phone may take any of them.
      const attempt = startAnswerAttempt(slice.current.live, input.callId ?? null, deps.clock.now());
      const outcome = await answerOnDefaultDevice(session.api, session.agent.username, call);
      slice.update({ answer: attempt });
      sync.loop.pollNow();
      return outcome;
    },
    'calls/decline': async (input) => {
      const { session, sync } = calls.require();
      await declineOnDefaultDevice(session.api, session.agent.username, slice.current.live, input.callId);
      sync.loop.pollNow();
      return null;
    },
    'calls/open-crm': (input) => ({ url: calls.openCrm(input.callId, 'user') }),
    'calls/add-contact': async (input) => {
      const { session } = calls.require();
      const entry = await createPrivateContact(session.api, session.agent.username, input, -deps.clock.now());
      deps.phonebook.add('private', [entry]);
      calls.refreshNames();
      calls.phonebook.checkNow();
      return { contactKey: `private:${entry.id}` };
    },
    'calls/update-settings': (input) => {
      const change = checkCallSettingsPatch(input);
      const before = deps.app.current.phone;
      const section = deps.settings.update(change.calls);
      const phone = deps.app.update((app) => ({ phone: { ...app.phone, ...change.phone } })).phone;
      const view = callSettingsView(section, phone);
      slice.update({ settings: view });
      deps.windows.setPopupCorner?.(section.popupCorner);
      if (numberFormatChanged(before, phone)) {
        const rekeying = syncIndexContext(deps.phonebook, numberContextOf(phone));
        calls.refreshNames();
        // Names on screen once more when the numbers are read the new way (built in slices).
        void rekeying?.then((done) => done && calls.refreshNames());
      }
      return view;
    },
    'phonebook/reload': () => {
      calls.require();
      calls.phonebook.reloadNow();
      return null;
    },
    'popup/dismiss': (input) => {
      calls.popups.dismiss(input.callId);
      return null;
    },
  };
}
