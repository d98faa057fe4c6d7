import type { PbxClient, RequestOptions } from './client';
import { type DroppedDataSink, trackDrops } from './normalize';
import {
  type Redirect,
  type RedirectSetResult,
  redirectListSchema,
  redirectSetResultSchema,
} from './schemas/redirect';

export interface RedirectApi {
  list(options?: RequestOptions): Promise<Redirect[]>;
  /** Redirects calls for `extension` to `target` (an extension or external number). */
  set(extension: string, target: string, options?: RequestOptions): Promise<RedirectSetResult>;
}

export function createRedirectApi(client: PbxClient, sink?: DroppedDataSink): RedirectApi {
  const parsed = {
    redirectListSchema: trackDrops(redirectListSchema, sink),
  };
  return {
    async list(options) {
      return (
        (await client.getJson(['redirect'], parsed.redirectListSchema, {
          ...options,
          trailingSlash: true,
        })) ?? []
      );
    },

    async set(extension, target, options) {
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
    },
  };
}
