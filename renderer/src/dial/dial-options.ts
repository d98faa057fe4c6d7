/**
 * The dial box's list as rows: the typed number first (when it is one), then one row per contact
 * with the numbers it can be called on. Each number is an option; the keyboard walks them in order.
 */
import type { DialCheck, DialSuggestion } from '../../../electron/shared/features/dial';
import type { Translator } from '../lib/i18n';

export interface DialOption {
  id: string;
  target: string;
  /** What the option shows: "Mobile 0172 1234567", or "Call 089 123" for the typed number. */
  label: string;
  /** The contact's name read with the option (screen readers do not always read the group's). */
  name: string | null;
}

export interface DialRow {
  id: string;
  name: string | null;
  organisation: string | null;
  options: DialOption[];
}

export function dialRows(
  text: string,
  check: DialCheck | null,
  suggestions: readonly DialSuggestion[],
  i18n: Translator,
): DialRow[] {
  const rows: DialRow[] = [];
  if (check?.input.ok && text.trim() !== '') {
    rows.push({
      id: 'dial-row-typed',
      name: null,
      organisation: null,
      options: [
        {
          id: 'dial-option-typed',
          target: text,
          label: i18n.t('dial.callNumber', { number: check.input.display }),
          name: check.contact,
        },
      ],
    });
  }
  suggestions.forEach((suggestion, index) => {
    const options = suggestion.numbers
      .filter((number) => number.kind !== 'fax')
      .map((number, numberIndex) => ({
        id: `dial-option-${index}-${numberIndex}`,
        target: number.target,
        label:
          number.kind === 'recent'
            ? number.display
            : `${i18n.t(`dial.numberKind.${number.kind}`)} ${number.display}`,
        name: suggestion.name,
      }));
    if (options.length === 0) return;
    rows.push({
      id: `dial-row-${index}`,
      name: suggestion.name,
      organisation: suggestion.organisation,
      options,
    });
  });
  return rows;
}
