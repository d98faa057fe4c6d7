/**
 * The calls feature's settings: the view the UI sees (the calls section and the app's number
 * format, which the calls settings edit), and checking a change from the settings window. A CRM
 * template that would not build a safe https link, or a country libphonenumber does not know, is
 * refused with the field it is about instead of being stored.
 */
import type { CallSettingsView } from '../../shared/features/calls';
import type { AppSettings } from '../app/app-settings';
import { CommandFailure } from '../commands/dispatch';
import { isCountryCode } from '../phone/phone-number';
import { checkCrmTemplate } from './crm-url';
import type { CallsSettings } from './settings';

type PhoneSettings = AppSettings['phone'];

export type CallSettingsPatch = Partial<Omit<CallSettingsView, 'numberFormat'>> & {
  numberFormat?: Partial<CallSettingsView['numberFormat']>;
};

export function callSettingsView(calls: CallsSettings, phone: PhoneSettings): CallSettingsView {
  return {
    popupForQueueCalls: calls.popupForQueueCalls,
    popupForDirectCalls: calls.popupForDirectCalls,
    popupForInternalCalls: calls.popupForInternalCalls,
    clickToDialOnly: calls.clickToDialOnly,
    alert: calls.alert,
    popupCorner: calls.popupCorner,
    crmUrlTemplate: calls.crmUrlTemplate,
    openCrmOnAnswer: calls.openCrmOnAnswer,
    numberFormat: {
      country: phone.country,
      areaCode: phone.areaCode,
      outsideLinePrefix: phone.outsideLinePrefix,
      internalMaxDigits: phone.internalMaxDigits,
    },
  };
}

const defined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;

/**
 * What `patch` changes in the calls section and in the number format; throws `invalid-input` for
 * a template or country that cannot be used (then nothing is stored).
 */
export function checkCallSettingsPatch(patch: CallSettingsPatch): {
  calls: Partial<CallsSettings>;
  phone: Partial<PhoneSettings>;
} {
  const { numberFormat, ...calls } = patch;
  if (calls.crmUrlTemplate) {
    const problem = checkCrmTemplate(calls.crmUrlTemplate);
    if (problem)
      throw new CommandFailure({ kind: 'invalid-input', field: 'crmUrlTemplate', detail: `crm-${problem}` });
  }
  if (numberFormat?.country !== undefined && !isCountryCode(numberFormat.country)) {
    throw new CommandFailure({ kind: 'invalid-input', field: 'country', detail: 'calls-unknown-country' });
  }
  return { calls: defined(calls), phone: defined(numberFormat ?? {}) };
}

/** True when numbers are read differently now (the phonebook must be re-keyed). */
export function numberFormatChanged(previous: PhoneSettings, next: PhoneSettings): boolean {
  return JSON.stringify(previous) !== JSON.stringify(next);
}
