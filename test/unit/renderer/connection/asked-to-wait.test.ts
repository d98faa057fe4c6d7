// @vitest-environment jsdom
/**
 * When the PBX asks the app to wait (429 with Retry-After on the agent's own-state poll), the panel
 * says until when and offers Retry now, in English and German.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import PanelPage from '../../../../renderer/src/panel/PanelPage.svelte';
import { installCompanion, makeState, removeCompanion } from '../fake-companion';

afterEach(() => {
  cleanup();
  removeCompanion();
  window.history.replaceState(null, '', '/');
});

describe('the PBX asked the app to wait', () => {
  const until = Date.now() + 300_000;
  const at = (locale: string) => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(until);
  const askedToWait = (language: 'en' | 'de') => {
    const base = makeState();
    return makeState({
      app: { ...base.app, language },
      settings: { ...base.settings, language },
      connection: {
        ...base.connection,
        status: 'offline',
        nextRetryAtMs: until,
        failure: { kind: 'rate-limited', retryAfterMs: 300_000 },
      },
    });
  };

  test.each([
    ['en', () => `The PBX asked us to wait until ${at('en-GB')}`, 'Retry now'],
    [
      'de',
      () => `Die Telefonanlage hat uns gebeten, bis ${at('de-DE')} Uhr zu warten`,
      'Jetzt erneut versuchen',
    ],
  ] as const)('%s: until when, and Retry now asks at once', async (language, words, button) => {
    const companion = installCompanion(askedToWait(language));
    render(PanelPage);
    expect((await screen.findByTestId('connection-status')).textContent).toContain(words());
    await fireEvent.click(screen.getByRole('button', { name: button }));
    expect(companion.sent('connection/retry')).toEqual([{}]);
  });
});
