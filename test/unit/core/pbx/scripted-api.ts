/**
 * The setup both resource test files share: one scripted PBX per file, the REST resources on a
 * client for it, the recorded requests cleared before each test, and the documented samples.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { createPbxApi, type PbxApi } from '../../../../electron/core/pbx/index';
import { clientFor, type Reply, type SeenRequest, type StubPbx, startStubPbx } from './stub-pbx';

export const sample = (name: string): object =>
  JSON.parse(readFileSync(new URL(`../../../fixtures/pbx-samples/${name}`, import.meta.url), 'utf8'));

export interface ScriptedApi {
  readonly pbx: StubPbx;
  readonly api: PbxApi;
  /** The answer to the next requests (a fixed reply or one made from the request). */
  answer(reply: Reply | ((request: SeenRequest) => Reply)): void;
  /** The one request the PBX saw (fails the test when it saw another number). */
  only(): SeenRequest;
}

/** Call at the top of a test file; the fields are valid inside tests. */
export function useScriptedApi(): ScriptedApi {
  let pbx: StubPbx | null = null;
  let api: PbxApi | null = null;
  beforeAll(async () => {
    pbx = await startStubPbx();
    api = createPbxApi(clientFor(pbx.baseUrl));
  });
  afterAll(() => pbx?.close());
  beforeEach(() => {
    if (pbx) pbx.requests.length = 0;
  });
  const started = (): StubPbx => {
    if (!pbx) throw new Error('the scripted PBX is not started yet');
    return pbx;
  };
  return {
    get pbx() {
      return started();
    },
    get api() {
      started();
      return api as PbxApi;
    },
    answer(reply) {
      started().handle(typeof reply === 'function' ? reply : () => reply);
    },
    only() {
      const { requests } = started();
      expect(requests).toHaveLength(1);
      return requests[0] as SeenRequest;
    },
  };
}
