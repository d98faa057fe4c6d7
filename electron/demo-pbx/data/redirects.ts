import type { RedirectEntry } from './model';

/** Call forwardings: an active one (target set) and an inactive one (target "", previous in old). */
export function seedRedirects(): RedirectEntry[] {
  return [
    { source: '230', target: '200', old: '200' },
    { source: '220', target: '', old: '0172 5550123' },
    { source: '210', target: '', old: '' },
  ];
}
