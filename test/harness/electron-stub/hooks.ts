/**
 * Node module hooks: `electron` resolves to the stand-in; everything else resolves as usual. The
 * stand-in's URL still goes through the next resolver (tsx's), which is what lets tsx load it.
 */
import type { ResolveHook } from 'node:module';

const stubUrl = new URL('./index.ts', import.meta.url).href;
const electronSpecifiers = new Set(['electron', 'electron/main', 'electron/common', 'electron/renderer']);

export const resolve: ResolveHook = (specifier, context, nextResolve) =>
  nextResolve(electronSpecifiers.has(specifier) ? stubUrl : specifier, context);
