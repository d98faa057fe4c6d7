import { describe, expect, test } from 'vitest';
import {
  callSettingsView,
  checkCallSettingsPatch,
  numberFormatChanged,
} from '../../../../electron/core/calls/call-settings';
import { CommandFailure } from '../../../../electron/core/commands/dispatch';
import { defaultSettings } from '../../../../electron/core/settings/schema';
import { commandInputs } from '../../../../electron/shared/contract';

const callSettingsPatch = commandInputs['calls/update-settings'];

describe('call settings', () => {
  test('defaults: every kind pops up, as a popup at the bottom right, no CRM link', () => {
    const defaults = defaultSettings();
    expect(callSettingsView(defaults.calls, defaults.phone)).toEqual({
      popupForQueueCalls: true,
      popupForDirectCalls: true,
      popupForInternalCalls: true,
      clickToDialOnly: false,
      alert: 'popup',
      popupCorner: 'bottom-right',
      crmUrlTemplate: null,
      openCrmOnAnswer: false,
      numberFormat: { country: 'DE', areaCode: null, outsideLinePrefix: '0', internalMaxDigits: 4 },
    });
  });

  test('a patch changes only what it names; an area code typed with its 0 is stored without', () => {
    const defaults = defaultSettings();
    const patch = callSettingsPatch.parse({
      alert: 'both',
      numberFormat: { areaCode: '089', country: 'at' },
    });
    const change = checkCallSettingsPatch(patch);
    expect(change.calls).toEqual({ alert: 'both' });
    const phone = { ...defaults.phone, ...change.phone };
    expect(phone).toEqual({
      country: 'AT',
      areaCode: '89',
      outsideLinePrefix: '0',
      internalMaxDigits: 4,
    });
    expect(numberFormatChanged(defaults.phone, phone)).toBe(true);
    const callsOnly = checkCallSettingsPatch({ alert: 'both' });
    expect(callsOnly.phone).toEqual({});
    expect(numberFormatChanged(defaults.phone, { ...defaults.phone, ...callsOnly.phone })).toBe(false);
  });

  test('an empty CRM template clears it; an unsafe one or an unknown country is refused with its field', () => {
    const cleared = checkCallSettingsPatch(callSettingsPatch.parse({ crmUrlTemplate: '  ' }));
    expect(cleared.calls).toEqual({ crmUrlTemplate: null });
    const refusal = (patch: unknown) => {
      try {
        checkCallSettingsPatch(callSettingsPatch.parse(patch));
        return null;
      } catch (error) {
        return error instanceof CommandFailure ? error.error : error;
      }
    };
    expect(refusal({ crmUrlTemplate: 'https://{name}.crm.example/' })).toEqual({
      kind: 'invalid-input',
      field: 'crmUrlTemplate',
      detail: 'crm-placeholder-in-host',
    });
    expect(refusal({ numberFormat: { country: 'XX' } })).toEqual({
      kind: 'invalid-input',
      field: 'country',
      detail: 'calls-unknown-country',
    });
  });
});
