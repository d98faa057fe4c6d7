/**
 * The calls feature's settings: the view the UI sees, and applying a change from the settings
 * window. A CRM template that would not build a safe https link, or a country libphonenumber does
 * not know, is refused with the field it is about instead of being stored.
 */
import type { CallSettingsView } from '../../shared/features/calls';
import { CommandFailure } from '../commands/dispatch';
import { isCountryCode } from '../phone/phone-number';
import type { Settings } from '../settings/schema';
import { checkCrmTemplate } from './crm-url';

export type CallSettingsPatch = Partial<Omit<CallSettingsView, 'numberFormat'>> & {
  numberFormat?: Partial<CallSettingsView['numberFormat']>;
};

export function callSettingsView(settings: Settings): CallSettingsView {
  const { calls, phone } = settings;
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

/** The settings after `patch`; throws `invalid-input` for a template or country that cannot be used. */
export function applyCallSettingsPatch(draft: Settings, patch: CallSettingsPatch): Settings {
  const { numberFormat, ...calls } = patch;
  if (calls.crmUrlTemplate) {
    const problem = checkCrmTemplate(calls.crmUrlTemplate);
    if (problem)
      throw new CommandFailure({ kind: 'invalid-input', field: 'crmUrlTemplate', detail: `crm-${problem}` });
  }
  if (numberFormat?.country !== undefined && !isCountryCode(numberFormat.country)) {
    throw new CommandFailure({ kind: 'invalid-input', field: 'country', detail: 'calls-unknown-country' });
  }
  const defined = <T extends object>(value: T) =>
    Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
  return {
    ...draft,
    calls: { ...draft.calls, ...defined(calls) },
    phone: { ...draft.phone, ...defined(numberFormat ?? {}) },
  };
}

/** True when `next` reads numbers differently from `previous` (the phonebook must be re-keyed). */
export function numberFormatChanged(previous: Settings, next: Settings): boolean {
  return JSON.stringify(previous.phone) !== JSON.stringify(next.phone);
}
