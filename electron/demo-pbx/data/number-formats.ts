import { AREAS, MOBILE_PREFIXES } from './names';
import type { Random } from './random';

export interface PhoneNumberParts {
  countryCode: string;
  /** Area or mobile network code without the trunk prefix 0. */
  areaCode: string;
  subscriber: string;
}

/** Every way people write the same German landline number; the PBX stores whatever was typed. */
export function formatLandline(parts: PhoneNumberParts, style: number): string {
  const { countryCode: cc, areaCode: area, subscriber: sub } = parts;
  if (cc !== '49') {
    // Foreign numbers are written internationally in a German phonebook.
    const foreign = [`+${cc} ${area} ${sub}`, `00${cc} ${area} ${sub}`, `00${cc}${area}${sub}`];
    return foreign[style % foreign.length] ?? foreign[0] ?? '';
  }
  const spaced = `${sub.slice(0, 2)} ${sub.slice(2, 4)} ${sub.slice(4)}`;
  const styles = [
    `+49 ${area} ${sub}`,
    `0049${area}${sub}`,
    `0${area} ${sub}`,
    `0${area}/${sub}`,
    `(0${area}) ${spaced}`,
    `+49 (0)${area} ${sub}`,
    `+49${area}${sub}`,
  ];
  return styles[style % styles.length] ?? styles[0] ?? '';
}

export function formatMobile(parts: PhoneNumberParts, style: number): string {
  const { areaCode: net, subscriber: sub } = parts;
  const styles = [
    `0${net}-${sub}`,
    `+49 ${net} ${sub}`,
    `0${net}${sub}`,
    `0${net} ${sub.slice(0, 3)} ${sub.slice(3)}`,
  ];
  return styles[style % styles.length] ?? styles[0] ?? '';
}

export function randomLandline(random: Random): PhoneNumberParts {
  const [countryCode, areaCode] = random.pick(AREAS);
  const length = areaCode.length >= 3 ? 6 : 7;
  let subscriber = String(random.int(2, 9));
  while (subscriber.length < length) subscriber += String(random.int(0, 9));
  return { countryCode, areaCode, subscriber };
}

export function randomMobile(random: Random): PhoneNumberParts {
  let subscriber = String(random.int(1, 9));
  while (subscriber.length < 7) subscriber += String(random.int(0, 9));
  return { countryCode: '49', areaCode: random.pick(MOBILE_PREFIXES), subscriber };
}

/** Digits in international form without "+", so that differently written numbers compare equal. */
export function canonicalDigits(number: string, defaultCountry = '49', defaultArea = '89'): string {
  const trimmed = number.trim();
  const plus = trimmed.startsWith('+');
  // "+49 (0)89 ..." carries a redundant trunk prefix in brackets.
  const digits = trimmed.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (plus) return digits;
  if (digits.startsWith('00')) return digits.slice(2);
  if (digits.startsWith('0')) return `${defaultCountry}${digits.slice(1)}`;
  // Short numbers are internal extensions; 6 digits and more are local subscriber numbers.
  if (digits.length >= 6) return `${defaultCountry}${defaultArea}${digits}`;
  return digits;
}
