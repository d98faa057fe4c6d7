import type { PbxClient, RequestOptions } from './client';
import { type DroppedDataSink, trackDrops } from './normalize';
import {
  type ExtensionEntry,
  extensionListSchema,
  type TargetResolution,
  targetResolution,
  targetResolutionRowsSchema,
} from './schemas/extension';

export interface ExtensionApi {
  list(options?: RequestOptions): Promise<ExtensionEntry[]>;
  /** How the PBX reads a number before dialing: internal (user, queue, ...) or external. */
  resolve(target: string, options?: RequestOptions): Promise<TargetResolution>;
}

export function createExtensionApi(client: PbxClient, sink?: DroppedDataSink): ExtensionApi {
  const parsed = {
    extensionListSchema: trackDrops(extensionListSchema, sink),
    targetResolutionRowsSchema: trackDrops(targetResolutionRowsSchema, sink),
  };
  return {
    async list(options) {
      return (
        (await client.getJson(['extension'], parsed.extensionListSchema, {
          ...options,
          trailingSlash: true,
        })) ?? []
      );
    },

    async resolve(target, options) {
      const rows = await client.getJson(['extension'], parsed.targetResolutionRowsSchema, {
        ...options,
        query: { target },
        trailingSlash: true,
      });
      return targetResolution(target, rows ?? []);
    },
  };
}
