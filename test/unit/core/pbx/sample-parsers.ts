/**
 * The documented sample responses (test/fixtures/pbx-samples, copied from the pascom REST
 * reference) and the parser each endpoint uses for them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { z } from 'zod';
import { checkSchema } from '../../../../electron/core/pbx/response-body';
import { cdrRecordListSchema, liveCallListSchema } from '../../../../electron/core/pbx/schemas/cdr';
import { defaultDeviceSchema, deviceListSchema } from '../../../../electron/core/pbx/schemas/device';
import { extensionListSchema } from '../../../../electron/core/pbx/schemas/extension';
import { switchListSchema } from '../../../../electron/core/pbx/schemas/extension-switch';
import {
  profileListSchema,
  userListSchema,
  userSchema,
  userStatesSchema,
} from '../../../../electron/core/pbx/schemas/identity';
import { locationListSchema } from '../../../../electron/core/pbx/schemas/location';
import {
  phonebookEntrySchema,
  phonebookPageSchema,
  phonebookTotalsSchema,
} from '../../../../electron/core/pbx/schemas/phonebook';
import {
  queueActionResultSchema,
  queueDetailSchema,
  queueSummaryListSchema,
} from '../../../../electron/core/pbx/schemas/queue';
import { redirectListSchema, redirectSetResultSchema } from '../../../../electron/core/pbx/schemas/redirect';
import { roleNameListSchema, roleSchema } from '../../../../electron/core/pbx/schemas/role';
import {
  voicemailBoxDetailSchema,
  voicemailBoxListSchema,
  voicemailCountsSchema,
  voicemailMessageListSchema,
} from '../../../../electron/core/pbx/schemas/voicemail';

export const FIXTURES = new URL('../../../fixtures/pbx-samples/', import.meta.url);

/** Action answers are read as text (`actionResponseText`), not through a schema. */
export const ACTION_TEXT = 'action-text';

export const PARSER_BY_SAMPLE: Record<string, z.ZodType | typeof ACTION_TEXT> = {
  'cdr-history.json': cdrRecordListSchema,
  'cdr-live.json': liveCallListSchema,
  'cdr-live-by-id.json': liveCallListSchema,
  'extension-list.json': extensionListSchema,
  'identity-users.json': userListSchema,
  'identity-user.json': userSchema,
  'identity-states.json': userStatesSchema,
  'identity-devices.json': deviceListSchema,
  'identity-device.json': defaultDeviceSchema,
  'identity-default-device.json': defaultDeviceSchema,
  'identity-profiles.json': profileListSchema,
  'identity-device-action.json': ACTION_TEXT,
  'identity-default-device-action.json': ACTION_TEXT,
  'phonebook-global.json': phonebookPageSchema,
  'phonebook-private.json': phonebookPageSchema,
  'phonebook-entry.json': phonebookEntrySchema,
  'phonebook-head.headers.json': phonebookTotalsSchema,
  'queue-list.json': queueSummaryListSchema,
  'queue-detail.json': queueDetailSchema,
  'queue-action.json': queueActionResultSchema,
  'queue-action-all.json': queueActionResultSchema,
  'redirect-list.json': redirectListSchema,
  'redirect-set.json': redirectSetResultSchema,
  'voicemailbox-list.json': voicemailBoxListSchema,
  'voicemailbox-detail.json': voicemailBoxDetailSchema,
  'voicemailbox-folder.json': voicemailMessageListSchema,
  'voicemailbox-head.headers.json': voicemailCountsSchema,
  'voicemailbox-action.json': ACTION_TEXT,
  'role-list.json': roleNameListSchema,
  'role-detail.json': roleSchema,
  'location-list.json': locationListSchema,
  // The reference's switch samples end with `},` before `]` (no JSON encoder writes that): dropped here.
  'switch-list.json': switchListSchema,
  'switch-one.json': switchListSchema,
};

export function sampleFiles(): string[] {
  return readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));
}

export function sampleText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

export function parseSample<T extends z.ZodType>(name: string, schema: T): z.output<T> {
  return checkSchema(JSON.parse(sampleText(name)), schema, { method: 'GET', path: `/fixture/${name}` });
}
