/** The calls feature's section of the settings document: which calls pop up and how, the CRM link. */
import { z } from 'zod';
import { callAlertModes, popupCorners } from '../../shared/features/calls';
import type { FeatureSettings } from '../settings/section';

const callsSettingsSchema = z
  .object({
    popupForQueueCalls: z.boolean().default(true),
    popupForDirectCalls: z.boolean().default(true),
    popupForInternalCalls: z.boolean().default(true),
    clickToDialOnly: z.boolean().default(false),
    alert: z.enum(callAlertModes).default('popup'),
    popupCorner: z.enum(popupCorners).default('bottom-right'),
    crmUrlTemplate: z.string().min(1).max(2000).nullable().default(null),
    openCrmOnAnswer: z.boolean().default(false),
  })
  .prefault({});

export type CallsSettings = z.output<typeof callsSettingsSchema>;

export const callsSettings: FeatureSettings<CallsSettings> = { schema: callsSettingsSchema };
