import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { startDemoPbx } from '../../../electron/demo-pbx/index';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/exit-after-close.ts', import.meta.url));

function runToExit(timeoutMs: number): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: null, output, timedOut: true });
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut: false });
    });
  });
}

describe('close()', () => {
  test('leaves no handles: a process that closed its demo PBX exits by itself', async () => {
    const result = await runToExit(15_000);
    expect(result.timedOut, result.output).toBe(false);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('closed; stuck request dropped');
  }, 20_000);

  test('is idempotent and the port stops answering', async () => {
    const pbx = await startDemoPbx();
    await Promise.all([pbx.close(), pbx.close()]);
    await pbx.close();
    await expect(fetch(`${pbx.baseUrl}/services/identity/`)).rejects.toThrow();
  });
});
