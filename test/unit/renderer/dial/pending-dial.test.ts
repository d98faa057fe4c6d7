// @vitest-environment jsdom
/**
 * A dial request from a web page's tel: link (or another app) must not be confirmed by a key press
 * meant for that page: the keyboard starts on Cancel, and Call takes no key or click until a second
 * has passed on the page's clock (injected here, so the second is exact).
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import type { CompanionState } from '../../../../electron/shared/contract';
import { confirmArmDelayMs } from '../../../../electron/shared/features/dial';
import type { ArmTimers } from '../../../../renderer/src/dial/arm-timers';
import PendingDial from '../../../../renderer/src/dial/PendingDial.svelte';
import { createTranslator } from '../../../../renderer/src/lib/i18n';
import { installCompanion, removeCompanion } from '../fake-companion';

type Pending = NonNullable<CompanionState['dial']['pending']>;

/** Timers that run only when the test says how much time passed. */
class ManualTimers implements ArmTimers {
  #now = 0;
  #next = 1;
  readonly #due = new Map<number, { atMs: number; callback: () => void }>();
  setTimeout(callback: () => void, delayMs: number): number {
    const id = this.#next++;
    this.#due.set(id, { atMs: this.#now + delayMs, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.#due.delete(handle as number);
  }
  advance(ms: number): void {
    this.#now += ms;
    for (const [id, timer] of [...this.#due]) {
      if (timer.atMs > this.#now) continue;
      this.#due.delete(id);
      timer.callback();
    }
  }
}

const fromLink: Pending = {
  id: 'p7',
  reason: 'confirm-link',
  destination: '+4990012345',
  display: '0900 12345',
  name: null,
  source: 'link',
  devices: [],
  expiresAtMs: Date.now() + 60_000,
};

afterEach(() => {
  cleanup();
  removeCompanion();
});

const i18n = createTranslator('en');
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('confirming a dial that came from a link', () => {
  test('the keyboard starts on Cancel, and Enter or a click on Call does nothing for a second', async () => {
    const companion = installCompanion();
    const timers = new ManualTimers();
    render(PendingDial, { props: { pending: fromLink, i18n, timers } });
    const dialog = screen.getByRole('alertdialog', { name: 'Call this number?' });
    const call = within(dialog).getByRole('button', { name: 'Call' }) as HTMLButtonElement;
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));

    expect(call.disabled).toBe(true);
    await fireEvent.click(call);
    await fireEvent.submit(call.closest('form') as HTMLFormElement);
    timers.advance(confirmArmDelayMs - 1);
    await flush();
    expect(call.disabled).toBe(true);
    await fireEvent.submit(call.closest('form') as HTMLFormElement);
    await flush();
    expect(companion.sent('dial/confirm')).toEqual([]);

    timers.advance(1);
    await waitFor(() => expect(call.disabled).toBe(false));
    await fireEvent.click(call);
    await waitFor(() => expect(companion.sent('dial/confirm')).toEqual([{ id: 'p7' }]));
  });

  test('a state push of the same request neither restarts the wait nor moves the focus', async () => {
    installCompanion();
    const timers = new ManualTimers();
    const { rerender } = render(PendingDial, { props: { pending: fromLink, i18n, timers } });
    const call = screen.getByRole('button', { name: 'Call' }) as HTMLButtonElement;
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' })));
    timers.advance(600);
    await rerender({ pending: { ...fromLink }, i18n, timers });
    timers.advance(confirmArmDelayMs - 600);
    await waitFor(() => expect(call.disabled).toBe(false));
    call.focus();
    await rerender({ pending: { ...fromLink }, i18n, timers });
    await flush();
    expect(document.activeElement).toBe(call);
    expect(call.disabled).toBe(false);

    // A new request (another id) waits afresh.
    await rerender({ pending: { ...fromLink, id: 'p8' }, i18n, timers });
    await waitFor(() => expect(call.disabled).toBe(true));
  });

  test('what the dial hotkey read waits the same way, and says where the number came from', async () => {
    const companion = installCompanion();
    const timers = new ManualTimers();
    render(PendingDial, { props: { pending: { ...fromLink, source: 'hotkey' }, i18n, timers } });
    const dialog = screen.getByRole('alertdialog', { name: 'Call this number?' });
    expect(dialog.textContent).toContain(
      'The dial shortcut read 0900 12345 from your selection or clipboard.',
    );
    const call = within(dialog).getByRole('button', { name: 'Call' }) as HTMLButtonElement;
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' })),
    );
    expect(call.disabled).toBe(true);
    await fireEvent.submit(call.closest('form') as HTMLFormElement);
    await flush();
    expect(companion.sent('dial/confirm')).toEqual([]);
    timers.advance(confirmArmDelayMs);
    await waitFor(() => expect(call.disabled).toBe(false));
  });

  test('a device choice for a dial the agent started here is ready at once, keyboard on the first device', async () => {
    const companion = installCompanion();
    const timers = new ManualTimers();
    const pending: Pending = {
      ...fromLink,
      reason: 'no-default-device',
      source: 'panel',
      devices: [{ name: 'desk', label: 'Desk phone', typeName: null, capabilities: ['dial'] }],
    };
    render(PendingDial, { props: { pending, i18n, timers } });
    const radio = screen.getByRole('radio', { name: /Desk phone/ });
    await waitFor(() => expect(document.activeElement).toBe(radio));
    await fireEvent.click(screen.getByRole('button', { name: 'Call' }));
    await waitFor(() =>
      expect(companion.sent('dial/confirm')).toEqual([{ id: 'p7', device: 'desk', remember: false }]),
    );
  });
});
