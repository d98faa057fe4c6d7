/** The number-reading context from the app's settings (validated there; an unknown country falls back). */
import type { AppSettings } from '../app/app-settings';
import { defaultNumberContext, isCountryCode, type NumberContext } from './phone-number';

export function numberContextOf(phone: AppSettings['phone']): NumberContext {
  return {
    defaultCountry: isCountryCode(phone.country) ? phone.country : defaultNumberContext.defaultCountry,
    areaCode: phone.areaCode,
    outsideLinePrefix: phone.outsideLinePrefix,
    internalMaxDigits: phone.internalMaxDigits,
  };
}
