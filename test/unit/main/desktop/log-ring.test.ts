import { describe, expect, it } from 'vitest';
import { LogRing } from '../../../../electron/main/desktop/log-ring';

describe("the support log's ring of lines", () => {
  it('keeps the last lines, oldest first, and never more than its capacity', () => {
    const ring = new LogRing(3);
    expect(ring.lines()).toEqual([]);
    ring.push('a');
    ring.push('b');
    expect(ring.lines()).toEqual(['a', 'b']);
    for (const line of ['c', 'd', 'e', 'f', 'g']) ring.push(line);
    expect(ring.lines()).toEqual(['e', 'f', 'g']);
    ring.push('h');
    expect(ring.lines()).toEqual(['f', 'g', 'h']);
  });
});
