import { expect, test } from 'vitest';
import { DroppedDataLog } from '../../../../electron/core/connection/dropped-data-log';
import { createLogger } from '../../../../electron/core/log';

test('each left-out record is logged once with its id, however often the PBX sends it', () => {
  const lines: string[] = [];
  const dropped = new DroppedDataLog(createLogger({ sink: (line) => lines.push(line) }));
  const bad = {
    what: 'record',
    label: 'queue',
    id: '..',
    field: '029tea_bez',
    reason: 'expected a name',
  } as const;
  for (let poll = 0; poll < 50; poll++) {
    dropped.sink(bad);
    dropped.sink({ ...bad, what: 'field', label: 'live call', id: '62', field: 'srcName' });
  }
  dropped.sink({ ...bad, id: 'other' });
  expect(lines).toHaveLength(3);
  expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
    level: 'warn',
    message: 'PBX record dropped',
    record: 'queue',
    id: '..',
    field: '029tea_bez',
  });
  expect(lines[1]).toContain('"PBX field ignored"');
  expect(dropped.droppedRecords).toBe(2);
  expect(dropped.droppedFields).toBe(1);
});
