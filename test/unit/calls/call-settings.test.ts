import { describe, expect, test } from 'vitest';
import {
  applyCallSettingsPatch,
  callSettingsView,
  numberFormatChanged,
} from '../../../electron/core/calls/call-settings';
import { CommandFailure } from '../../../electron/core/commands/dispatch';
import { defaultSettings } from '../../../electron/core/settings/schema';
import { callSettingsPatch } from '../../../electron/shared/features/calls';

describe('call settings', () => {
  test('defaults: every kind pops up, as a popup at the bottom right, no CRM link', () => {
    expect(callSettingsView(defaultSettings())).toEqual({
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
    const patch = callSettingsPatch.parse({
      alert: 'both',
      numberFormat: { areaCode: '089', country: 'at' },
    });
    const next = applyCallSettingsPatch(defaultSettings(), patch);
    expect(next.calls.alert).toBe('both');
    expect(next.calls.popupForQueueCalls).toBe(true);
    expect(next.phone).toEqual({
      country: 'AT',
      areaCode: '89',
      outsideLinePrefix: '0',
      internalMaxDigits: 4,
    });
    expect(numberFormatChanged(defaultSettings(), next)).toBe(true);
    expect(
      numberFormatChanged(defaultSettings(), applyCallSettingsPatch(defaultSettings(), { alert: 'both' })),
    ).toBe(false);
  });

  test('an empty CRM template clears it; an unsafe one or an unknown country is refused with its field', () => {
    const cleared = applyCallSettingsPatch(
      defaultSettings(),
      callSettingsPatch.parse({ crmUrlTemplate: '  ' }),
    );
    expect(cleared.calls.crmUrlTemplate).toBeNull();
    const refusal = (patch: unknown) => {
      try {
        applyCallSettingsPatch(defaultSettings(), callSettingsPatch.parse(patch));
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
