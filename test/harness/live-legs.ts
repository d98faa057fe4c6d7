/**
 * A leg of `/cdr/live` as the call tracker reads it: an outside caller ringing the agent (tsander,
 * extension 221) directly; a test names only what its case changes.
 */
import type { LiveLeg } from '../../electron/core/calls/call-tracker';

export function liveLeg(overrides: Partial<LiveLeg> & { phonecallId: number }): LiveLeg {
  return {
    parentId: null,
    state: 'ringing',
    via: null,
    srcUserName: null,
    srcNumber: '+4989123456',
    srcName: 'Hans Müller',
    srcInternal: false,
    dstUserName: 'tsander',
    dstNumber: '221',
    dstName: 'Tina Sander',
    dstInternal: true,
    queueName: null,
    durationSeconds: 0,
    connectedSeconds: 0,
    ...overrides,
  };
}
