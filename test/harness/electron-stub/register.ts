/**
 * `node --import tsx --import ./test/harness/electron-stub/register.ts <entry>` makes every
 * `import ... from 'electron'` in that process load the stand-in instead.
 */
import { register } from 'node:module';

register('./hooks.ts', import.meta.url);
