// @vitest-environment jsdom
/**
 * PBX text on screen: names in bounded boxes are cut with an ellipsis (`.clip`, the `fullText`
 * action), carry their full text as tooltip and are isolated in their own direction (`dir="auto"`).
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import PanelPage from '../../../../renderer/src/panel/PanelPage.svelte';
import PopupPage from '../../../../renderer/src/popup/PopupPage.svelte';
import { installCompanion, makeCall, makeState, removeCompanion } from '../fake-companion';

afterEach(() => {
  cleanup();
  removeCompanion();
  window.history.replaceState(null, '', '/');
});

const longName = `Müller & Söhne Gebäudetechnik und Sanitärinstallationen GmbH & Co. KG - ${'Lukas '.repeat(20)}`;

describe('PBX text in bounded boxes', () => {
  test("the popup's caller name: the full text as tooltip and for screen readers, its own direction", async () => {
    window.history.replaceState(null, '', '/popup.html?call=7');
    installCompanion(
      makeState({
        calls: { live: [makeCall({ id: '7', remoteName: longName, remoteDisplayNumber: '+49 89 1234567' })] },
      }),
    );
    render(PopupPage);
    const name = await screen.findByTestId('popup-name');
    expect(name.textContent).toBe(longName); // screen readers read it all
    // Up to two lines, then cut (the e2e suite measures it in Chromium); whole in the tooltip.
    expect(name.title).toBe(longName);
    expect(name.dir).toBe('auto');
  });

  test("the panel's call rows and the agent name are clipped the same way", async () => {
    installCompanion(
      makeState({ calls: { live: [makeCall({ remoteName: longName, queueName: 'Support' })] } }),
    );
    render(PanelPage);
    const name = await screen.findByTestId('call-name');
    expect(name.title).toBe(longName);
    expect(name.classList.contains('clip')).toBe(true);
    expect(screen.getByTestId('call-queue').title).toBe('Support');
    expect(screen.getByTestId('agent-name').dir).toBe('auto');
  });
});
