// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import FormField from '../../../../renderer/src/shared/FormField.svelte';

afterEach(cleanup);

const hint = 'The address of your pascom web UI, e.g. https://pascom.cloud/yourpbx';
const error =
  'The PBX cannot be reached at this address. Check the address; if the PBX is in your office network, connect to the VPN first.';

describe('a form field', () => {
  test('without an error it shows its hint and is described by it', () => {
    render(FormField, { id: 'connect-serverAddress', label: 'Server address', value: '', hint });
    const input = screen.getByLabelText('Server address');
    expect(screen.getByText(hint)).toBeTruthy();
    expect(input.getAttribute('aria-describedby')).toBe('connect-serverAddress-hint');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  test('an error takes the hint’s place (it names the next step itself), and describes the field alone', () => {
    render(FormField, { id: 'connect-serverAddress', label: 'Server address', value: 'x', hint, error });
    const input = screen.getByLabelText('Server address');
    expect(screen.queryByText(hint)).toBeNull();
    expect(screen.getByTestId('connect-serverAddress-error').textContent).toBe(error);
    expect(input.getAttribute('aria-describedby')).toBe('connect-serverAddress-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});
