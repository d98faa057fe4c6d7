import type { Page } from '@playwright/test';
import { type DemoPbx, startDemoPbx } from '../../electron/demo-pbx/index';
import { settingsSize } from '../../electron/shared/window-sizes';
import { makeSelfSignedCertificate } from '../harness/tls-fixtures';
import { expect, test } from './fixtures';

let pbx: DemoPbx;
test.beforeEach(async () => {
  pbx = await startDemoPbx({ apiPassword: 'Richtig-2026' });
});
test.afterEach(async () => {
  await pbx.close();
});

test.use({ previewOptions: { pbx: { kind: 'external' } } });

test('a new user connects through the settings window: wrong password first, then the right one', async ({
  page,
  preview,
}) => {
  await page.goto(preview.url);
  const panel = page.frameLocator('#panel-frame');
  await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-status', 'setup');
  const settings = page.frameLocator('#settings-frame');

  await settings.getByLabel('Server address').fill(pbx.baseUrl);
  await settings.getByLabel('API username').fill('api');
  await settings.getByLabel('API password').fill('Falsch-2026');
  await settings.getByLabel('Your pascom username').fill('tsander');
  await settings.getByRole('button', { name: 'Connect', exact: true }).click();

  const passwordError = settings.getByTestId('connect-apiPassword-error');
  await expect(passwordError).toBeVisible();
  await expect(passwordError).toContainText(/refused the API username or password/);
  // The next step: where the credentials are in the pascom web UI; and the error is said once.
  await expect(passwordError).toContainText('Information → Developer → Show Rest Credentials');
  // (The form's summary below says it to screen readers only.)
  await expect(settings.getByTestId('connect-outcome').locator('p')).toHaveClass(/visually-hidden/);
  // Nothing typed is lost; exactly one request was made with the wrong password.
  await expect(settings.getByLabel('Server address')).toHaveValue(pbx.baseUrl);
  await expect(settings.getByLabel('API username')).toHaveValue('api');
  await expect(settings.getByLabel('Your pascom username')).toHaveValue('tsander');
  expect(pbx.requests.filter((request) => !request.authorized)).toHaveLength(1);

  await settings.getByLabel('API password').fill('Richtig-2026');
  await settings.getByRole('button', { name: 'Connect', exact: true }).click();
  // After connecting: where the app lives now, then the preferences.
  await expect(settings.getByTestId('settings-done')).toContainText('find me in the tray');
  await settings.getByTestId('settings-show-preferences').click();
  // The preferences, on tabs, once connected.
  await expect(settings.getByRole('tab', { name: 'Connection' })).toBeVisible();
  await expect(panel.getByTestId('agent-name')).toHaveText('Tina Sander');
  await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
  await expect(panel.getByTestId('agent-extension')).toContainText('221');
});

test.describe('in German, at the settings window’s size', () => {
  test.use({ previewOptions: { pbx: { kind: 'external' }, systemLocale: 'de-DE' } });

  // The failures a new user meets, each with its longest words beside its field.
  const failures = [
    { what: 'a refused password', address: () => pbx.baseUrl, username: 'tsander', field: 'apiPassword' },
    {
      what: 'an unreachable address',
      address: () => 'https://127.0.0.1:9/ihreanlage',
      username: 'tsander',
      field: 'serverAddress',
    },
    { what: 'an unknown pascom user', address: () => pbx.baseUrl, username: 'niemand', field: 'username' },
  ];

  test('the first run keeps Verbinden inside the window, unscrolled, whatever error it shows', async ({
    page,
    preview,
  }) => {
    await page.goto(preview.url);
    const settings = page.frameLocator('#settings-frame');
    const frame = page.frame({ url: /settings\.html/ });
    if (!frame) throw new Error('no settings frame');
    for (const failure of failures) {
      await settings.getByLabel('Serveradresse').fill(failure.address());
      await settings.getByLabel('API-Benutzername').fill('api');
      await settings
        .getByLabel('API-Passwort')
        .fill(failure.username === 'tsander' ? 'Falsch-2026' : 'Richtig-2026');
      await settings.getByLabel('Ihr pascom-Benutzername').fill(failure.username);
      await settings.getByRole('button', { name: 'Verbinden', exact: true }).click();
      await expect(settings.getByTestId(`connect-${failure.field}-error`)).toBeVisible({ timeout: 20_000 });
      const seen = await frame.evaluate(() => {
        window.scrollTo(0, 0);
        const box = document.querySelector('[data-testid="connect"]')?.getBoundingClientRect();
        return {
          top: box?.top ?? -1,
          bottom: box?.bottom ?? Number.POSITIVE_INFINITY,
          width: innerWidth,
          height: innerHeight,
        };
      });
      expect({ width: seen.width, height: seen.height }).toEqual(settingsSize);
      expect(seen.top, failure.what).toBeGreaterThanOrEqual(0);
      expect(seen.bottom, failure.what).toBeLessThanOrEqual(settingsSize.height);
    }
  });
});

test.describe('in German, at the settings window’s size, failures with no field of their own', () => {
  test.use({ previewOptions: { pbx: { kind: 'external' }, systemLocale: 'de-DE' } });

  /** Fills the first-run form for the demo agent at `address` and presses Verbinden. */
  async function connect(page: Page, address: string): Promise<void> {
    const settings = page.frameLocator('#settings-frame');
    await settings.getByLabel('Serveradresse').fill(address);
    await settings.getByLabel('API-Benutzername').fill('api');
    await settings.getByLabel('API-Passwort').fill('Richtig-2026');
    await settings.getByLabel('Ihr pascom-Benutzername').fill('tsander');
    await settings.getByRole('button', { name: 'Verbinden', exact: true }).click();
  }

  /** Where `selector` is in the settings window, scrolled to the top as it first shows. */
  async function placeOf(page: Page, selector: string) {
    const frame = page.frame({ url: /settings\.html/ });
    if (!frame) throw new Error('no settings frame');
    return frame.evaluate((wanted) => {
      window.scrollTo(0, 0);
      const box = document.querySelector(wanted)?.getBoundingClientRect();
      return { top: box?.top ?? -1, bottom: box?.bottom ?? Number.POSITIVE_INFINITY, height: innerHeight };
    }, selector);
  }

  test('an API user the PBX forbids: the words below Verbinden are inside the window, unscrolled', async ({
    page,
    preview,
  }) => {
    pbx.sim.injectFault({ kind: 'status', status: 403 });
    await page.goto(preview.url);
    await connect(page, pbx.baseUrl);
    const outcome = page
      .frameLocator('#settings-frame')
      .getByTestId('connect-outcome')
      .locator('p.error-text');
    await expect(outcome).toBeVisible({ timeout: 20_000 });
    await expect(outcome).toContainText('API-Benutzer');
    const seen = await placeOf(page, '[data-testid="connect-outcome"] p.error-text');
    expect(seen.height).toBe(settingsSize.height);
    expect(seen.top).toBeGreaterThanOrEqual(0);
    expect(seen.bottom).toBeLessThanOrEqual(settingsSize.height);
  });

  test('a PBX with its own certificate: the certificate and "Diesem Zertifikat vertrauen" are inside the window, unscrolled', async ({
    page,
    preview,
  }) => {
    const certificate = makeSelfSignedCertificate({ commonName: '127.0.0.1', altNames: ['127.0.0.1'] });
    const secured = await startDemoPbx({
      apiPassword: 'Richtig-2026',
      tls: { key: certificate.key, cert: certificate.cert },
    });
    try {
      await page.goto(preview.url);
      await connect(page, secured.baseUrl);
      const settings = page.frameLocator('#settings-frame');
      const trust = settings.getByRole('button', { name: 'Diesem Zertifikat vertrauen' });
      await expect(trust).toBeVisible({ timeout: 20_000 });
      await expect(settings.getByTestId('cert-fingerprint')).toHaveText(certificate.fingerprint256);
      const seen = await placeOf(page, '[data-testid="certificate"] button.primary');
      expect(seen.top).toBeGreaterThanOrEqual(0);
      expect(seen.bottom).toBeLessThanOrEqual(settingsSize.height);
      // Trusting it connects: the step after it needs no scrolling back to Verbinden.
      await trust.click();
      await expect(settings.getByTestId('settings-done')).toBeVisible({ timeout: 20_000 });
    } finally {
      await secured.close();
    }
  });
});
