import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { settingsModelOf } from '../../../../electron/core/settings/settings-model';

const app = z.object({ theme: z.enum(['light', 'dark']).default('light') });
const calls = z.object({ popups: z.boolean().default(true) }).prefault({});

describe('the settings document composed from its parts', () => {
  test("the app's keys at the top, each feature's section under its name, every default from its part", () => {
    const model = settingsModelOf([
      { key: null, settings: { schema: app } },
      { key: 'calls', settings: { schema: calls } },
    ]);
    expect(model.version).toBe(1);
    expect(model.defaults()).toEqual({ version: 1, theme: 'light', calls: { popups: true } });
    expect(model.migrate({ version: 1, calls: {} })).toEqual({
      ok: true,
      migratedFrom: null,
      settings: { version: 1, theme: 'light', calls: { popups: true } },
    });
  });

  test("the document's version is the highest step any part has, plus one; steps run in order, per version", () => {
    const order: string[] = [];
    const noted =
      (name: string, step: (document: Record<string, unknown>) => Record<string, unknown>) =>
      (document: Record<string, unknown>) => {
        order.push(name);
        return step(document);
      };
    const model = settingsModelOf([
      { key: null, settings: { schema: app, migrations: { 0: noted('app 0', (document) => document) } } },
      {
        key: 'calls',
        settings: {
          schema: calls,
          migrations: {
            2: noted('calls 2', ({ popupsOn, ...document }) => ({
              ...document,
              calls: { popups: popupsOn },
            })),
            1: noted('calls 1', (document) => document),
          },
        },
      },
    ]);
    expect(model.version).toBe(3);
    expect(model.migrate({ popupsOn: false })).toEqual({
      ok: true,
      migratedFrom: 0,
      settings: { version: 3, theme: 'light', calls: { popups: false } },
    });
    expect(order).toEqual(['app 0', 'calls 1', 'calls 2']);
    expect(model.migrate({ version: 4 })).toMatchObject({ ok: false, reason: 'newer-version' });
  });
});
