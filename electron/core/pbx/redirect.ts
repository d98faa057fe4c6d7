import { type PbxClient, type RequestOptions, requestPath } from './client';
import { PbxError } from './errors';
import { type DroppedDataSink, trackDrops } from './normalize';
import {
  type Redirect,
  type RedirectSetResult,
  redirectListSchema,
  redirectSetResultSchema,
} from './schemas/redirect';

export interface RedirectApi {
  list(options?: RequestOptions): Promise<Redirect[]>;
  /** The redirect of one extension (the entry whose `source` it is); null when it has none. */
  forExtension(extension: string, options?: RequestOptions): Promise<Redirect | null>;
  /** Redirects calls for `extension` to `target` (an extension or external number; not blank). */
  set(extension: string, target: string, options?: RequestOptions): Promise<RedirectSetResult>;
  /**
   * Switches the redirect off. The reference documents no way to clear one; this sends the set
   * request with `{"target": ""}` (the PBX then shows the entry with an empty target and the last
   * one in `old`, as the list's `old` field describes).
   */
  clear(extension: string, options?: RequestOptions): Promise<RedirectSetResult>;
}

export function createRedirectApi(client: PbxClient, sink?: DroppedDataSink): RedirectApi {
  const parsed = {
    redirectListSchema: trackDrops(redirectListSchema, sink),
  };
  async function post(
    extension: string,
    target: string,
    options?: RequestOptions,
  ): Promise<RedirectSetResult> {
    const answer = await client.postJson(
      ['redirect', extension],
      { target },
      redirectSetResultSchema,
      options,
    );
    // Fields the PBX leaves out are what was asked for.
    return {
      status: answer?.status ?? null,
      source: answer?.source ?? extension,
      target: answer?.target ?? (target === '' ? null : target),
      old: answer?.old ?? null,
    };
  }

  async function list(options?: RequestOptions) {
    return (
      (await client.getJson(['redirect'], parsed.redirectListSchema, { ...options, trailingSlash: true })) ??
      []
    );
  }

  return {
    list,

    async forExtension(extension, options) {
      const redirects = await list(options);
      return redirects.find((redirect) => redirect.source === extension) ?? null;
    },

    async set(extension, target, options) {
      if (target.trim() === '') {
        throw new PbxError({
          kind: 'bad-request',
          method: 'POST',
          path: requestPath('services', ['redirect', extension], false, 'POST'),
          detail: 'a redirect needs a target; clear() switches it off',
        });
      }
      return post(extension, target, options);
    },

    clear: (extension, options) => post(extension, '', options),
  };
}
