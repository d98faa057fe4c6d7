/** The number-reading context from settings (validated there; an unknown country falls back). */
import type { Settings } from '../settings/schema';
import { defaultNumberContext, isCountryCode, type NumberContext } from './phone-number';

export function numberContextOf(settings: Settings): NumberContext {
  const { phone } = settings;
  return {
    defaultCountry: isCountryCode(phone.country) ? phone.country : defaultNumberContext.defaultCountry,
    areaCode: phone.areaCode,
    outsideLinePrefix: phone.outsideLinePrefix,
    internalMaxDigits: phone.internalMaxDigits,
  };
}
