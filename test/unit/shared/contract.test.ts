import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, expectTypeOf, test } from 'vitest';
import type { AgentView, CommandResult, CompanionApi } from '../../../electron/shared/contract';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the contract is enforced by the compiler', () => {
  test('commands infer their input and result types', () => {
    type Connect = Parameters<CompanionApi['invoke']>;
    expectTypeOf<CommandResult<'connection/connect'>>().toEqualTypeOf<
      | { ok: true; value: AgentView }
      | { ok: false; error: import('../../../electron/shared/contract').CommandError }
    >();
    expectTypeOf<Connect[0]>().toEqualTypeOf<import('../../../electron/shared/contract').CommandName>();
  });

  test('a deliberately wrong command argument does not compile', async () => {
    const dir = join(root, 'test/.tmp/type-check');
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(
        join(dir, 'wrong.ts'),
        [
          "import type { CompanionApi } from '../../../electron/shared/contract';",
          'export async function misuse(api: CompanionApi) {',
          "  await api.invoke('popup/dismiss', { callId: 42 });", // number instead of string
          "  await api.invoke('connection/conect', {});", // misspelt command
          "  api.on('state', (state) => state.connection.nonsense);", // unknown state field
          '}',
        ].join('\n'),
      );
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          extends: '../../../tsconfig.json',
          include: ['wrong.ts'],
          compilerOptions: { noEmit: true },
        }),
      );
      const tsc = join(root, 'node_modules/typescript/bin/tsc');
      const result = await promisify(execFile)(process.execPath, [
        tsc,
        '-p',
        join(dir, 'tsconfig.json'),
      ]).then(
        () => ({ code: 0, stdout: '' }),
        (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
      );
      expect(result.code).not.toBe(0);
      expect(result.stdout).toMatch(/wrong\.ts\(3,\d+\): error TS2322/);
      expect(result.stdout).toMatch(/wrong\.ts\(4,\d+\): error TS2345/);
      expect(result.stdout).toMatch(/wrong\.ts\(5,\d+\): error TS2339/);
    } finally {
      rmSync(join(root, 'test/.tmp'), { recursive: true, force: true });
    }
  }, 60_000);
});
