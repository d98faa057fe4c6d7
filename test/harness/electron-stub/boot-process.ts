/**
 * Starts the built main bundle in a child Node process with the stand-in `electron`
 * (boot-driver.ts) and talks to it: `probe(name, args)` runs one of the driver's probes and
 * resolves with its answer. Every child gets its own temp folder for user data and logs.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { built, repoRoot } from './built-app';

interface ProbeAnswer {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

export class BootedApp {
  readonly root: string;
  readonly #child: ChildProcess;
  readonly #pending = new Map<number, (answer: ProbeAnswer) => void>();
  #nextId = 1;
  #output = '';
  #exitCode: number | null = null;

  private constructor(child: ChildProcess, root: string) {
    this.#child = child;
    this.root = root;
    child.stdout?.on('data', (chunk: Buffer) => this.#collect(chunk));
    child.stderr?.on('data', (chunk: Buffer) => this.#collect(chunk));
    child.on('message', (answer: ProbeAnswer) => {
      this.#pending.get(answer.id)?.(answer);
      this.#pending.delete(answer.id);
    });
    child.on('exit', (code) => {
      this.#exitCode = code;
      for (const settle of this.#pending.values())
        settle({ id: -1, ok: false, error: `child exited (${code})` });
      this.#pending.clear();
    });
  }

  /** Loads the bundle; resolves once its top-level code ran (the app is not ready yet). */
  static async load(env: Record<string, string> = {}): Promise<BootedApp> {
    const root = mkdtempSync(join(tmpdir(), 'boot-test-'));
    const child = fork(join(repoRoot, 'test/harness/electron-stub/boot-driver.ts'), [built.main], {
      cwd: repoRoot,
      execArgv: ['--import', 'tsx', '--import', './test/harness/electron-stub/register.ts'],
      // XDG_CONFIG_HOME: a start-at-login entry goes to the temp folder, never the user's ~/.config.
      env: { ...process.env, ELECTRON_STUB_ROOT: root, XDG_CONFIG_HOME: join(root, 'config'), ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const app = new BootedApp(child, root);
    const loaded = await new Promise<ProbeAnswer>((resolve) => app.#pending.set(0, resolve));
    if (!loaded.ok) throw new Error(`the main bundle did not load: ${loaded.error}\n${app.output}`);
    return app;
  }

  get output(): string {
    return this.#output;
  }

  get exitCode(): number | null {
    return this.#exitCode;
  }

  async probe<T>(name: string, args: Record<string, unknown> = {}): Promise<T> {
    const id = this.#nextId++;
    const answer = await new Promise<ProbeAnswer>((resolve) => {
      this.#pending.set(id, resolve);
      this.#child.send({ id, probe: name, args });
    });
    if (!answer.ok) throw new Error(`probe ${name} failed: ${answer.error}\n${this.#output.slice(-4000)}`);
    return answer.value as T;
  }

  async stop(): Promise<void> {
    if (this.#exitCode === null) {
      const exited = new Promise((resolve) => this.#child.once('exit', resolve));
      this.#child.kill();
      await exited;
    }
    rmSync(this.root, { recursive: true, force: true });
  }

  #collect(chunk: Buffer): void {
    this.#output = (this.#output + chunk.toString('utf8')).slice(-100_000);
  }
}
