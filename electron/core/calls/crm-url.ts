/**
 * Builds the "Open in CRM" link from the template in settings, strictly: the template must be an
 * https URL whose host is fixed (placeholders only after it), only the known placeholders are
 * allowed, and every value is percent-encoded, so a caller's name such as `A&B GmbH / #1` can
 * neither add query parameters nor change where the link goes. What comes out is parsed and
 * rebuilt once more, the same check Electron's opener makes before handing a URL to the OS.
 *
 * Dots are encoded too, but that alone does not keep a value of `.` or `..` from removing a path
 * segment: URL parsers (WHATWG, RFC 3986 normalisation) read `%2E%2E` as `..` all the same. So the
 * filled link must keep every path segment of the template, or it is refused.
 */

export const crmPlaceholders = ['number', 'e164', 'name', 'queue'] as const;
export type CrmPlaceholder = (typeof crmPlaceholders)[number];
export type CrmValues = Record<CrmPlaceholder, string | null>;

export type CrmTemplateProblem =
  | 'not-https'
  | 'placeholder-in-host'
  | 'unknown-placeholder'
  | 'not-a-url'
  | 'has-credentials'
  /** A value would remove a path segment (a name of `.` or `..`): no URL can carry it there. */
  | 'unusable-value';

export type CrmUrlResult = { ok: true; url: string } | { ok: false; reason: CrmTemplateProblem };

const placeholderPattern = /\{([^{}]*)\}/g;

/** Checks a template as the settings window saves it (with sample values for the placeholders). */
export function checkCrmTemplate(template: string): CrmTemplateProblem | null {
  const result = buildCrmUrl(template, {
    number: '0891234567',
    e164: '+49891234567',
    name: 'A B',
    queue: 'Q',
  });
  return result.ok ? null : result.reason;
}

export function buildCrmUrl(template: string, values: CrmValues): CrmUrlResult {
  const filled = fillTemplate(template, values);
  if (!filled.ok) return filled;
  const neutral = fillTemplate(template, { number: 'x', e164: 'x', name: 'x', queue: 'x' });
  if (neutral.ok && pathSegments(neutral.url) !== pathSegments(filled.url)) {
    return { ok: false, reason: 'unusable-value' };
  }
  return filled;
}

function pathSegments(url: string): number {
  return new URL(url).pathname.split('/').length;
}

/** `encodeURIComponent` leaves `.` alone; a value's dots are data, never path syntax. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/\./g, '%2E');
}

function fillTemplate(template: string, values: CrmValues): CrmUrlResult {
  const trimmed = template.trim();
  const scheme = /^https:\/\//i.exec(trimmed);
  if (!scheme) return { ok: false, reason: 'not-https' };
  const rest = trimmed.slice(scheme[0].length);
  const hostEnd = rest.search(/[/?#]/);
  const authority = hostEnd < 0 ? rest : rest.slice(0, hostEnd);
  if (/[{}]/.test(authority)) return { ok: false, reason: 'placeholder-in-host' };
  let unknown = false;
  const filled = trimmed.replace(placeholderPattern, (_whole, name: string) => {
    const key = crmPlaceholders.find((placeholder) => placeholder === name.trim().toLowerCase());
    if (!key) {
      unknown = true;
      return '';
    }
    return encodeValue(values[key] ?? '');
  });
  if (unknown || /[{}]/.test(filled)) return { ok: false, reason: 'unknown-placeholder' };
  let parsed: URL;
  try {
    parsed = new URL(filled);
  } catch {
    return { ok: false, reason: 'not-a-url' };
  }
  if (parsed.protocol !== 'https:' || parsed.hostname === '') return { ok: false, reason: 'not-https' };
  if (parsed.username !== '' || parsed.password !== '') return { ok: false, reason: 'has-credentials' };
  return { ok: true, url: parsed.href };
}
