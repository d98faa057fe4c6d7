import type { DeviceSeed, UserSeed } from './model';
import type { Random } from './random';

/** The user the app acts for in the demo: Tina Sander, extension and mailbox 221. */
export const DEMO_AGENT = 'tsander';

export interface UserPlan {
  name: string;
  displayName: string;
  extension: string;
  deskPhone?: string;
  mobile?: boolean;
  /** 'none' = logged out of every pascom client: no default device. */
  defaultDevice: 'softphone' | 'desk' | 'none';
  presence: 'Idle' | 'Unavailable';
  authRole?: string;
  /** `003use_state` / `003use_statusText`; default: available ("Verfügbar") when Idle, else null. */
  presenceState?: string | null;
  statusText?: string | null;
  /** A mobile number on the user's own phonebook entry. */
  mobileNumber?: string;
}

const PLANS: readonly UserPlan[] = [
  {
    name: 'agrassl',
    displayName: 'Andreas Grassl',
    extension: '201',
    defaultDevice: 'softphone',
    presence: 'Idle',
    authRole: 'ROLE_SYSADMIN',
  },
  {
    name: 'jgeissler',
    displayName: 'Jenny Geißler',
    extension: '202',
    deskPhone: 'Yealink T46U',
    defaultDevice: 'desk',
    presence: 'Idle',
  },
  {
    name: 'mweber',
    displayName: 'Markus Weber',
    extension: '210',
    deskPhone: 'Snom D785',
    defaultDevice: 'none',
    presence: 'Unavailable',
  },
  {
    name: 'kschaefer',
    displayName: 'Katrin Schäfer',
    extension: '220',
    defaultDevice: 'softphone',
    presence: 'Idle',
    mobile: true,
    presenceState: 'USER_AWAY',
    statusText: 'Mittagspause bis 13 Uhr',
    mobileNumber: '0172 5550123',
  },
  {
    name: 'tsander',
    displayName: 'Tina Sander',
    extension: '221',
    deskPhone: 'Yealink T54W',
    defaultDevice: 'softphone',
    presence: 'Idle',
    mobile: true,
    mobileNumber: '0160 5550221',
  },
  {
    name: 'jbaeumer',
    displayName: 'Jörg Bäumer',
    extension: '223',
    defaultDevice: 'softphone',
    presence: 'Idle',
  },
  {
    name: 'aturitzo',
    displayName: 'Adrian Turitzo',
    extension: '224',
    deskPhone: 'Yealink T46U',
    defaultDevice: 'desk',
    presence: 'Idle',
    presenceState: 'USER_BUSY',
    statusText: 'Im Kundentermin',
  },
  {
    name: 'soconnor',
    displayName: "Seán O'Connor",
    extension: '225',
    defaultDevice: 'softphone',
    presence: 'Idle',
  },
  {
    name: 'ameyer',
    displayName: 'Anna Meyer',
    extension: '230',
    defaultDevice: 'softphone',
    presence: 'Idle',
  },
  {
    name: 'hvoss',
    displayName: 'Heike Voß',
    extension: '231',
    defaultDevice: 'softphone',
    presence: 'Unavailable',
    presenceState: 'USER_AWAY',
    statusText: 'Im Urlaub bis 24.3.',
  },
  {
    name: 'fkrueger',
    displayName: 'Felix Krüger',
    extension: '240',
    deskPhone: 'Snom D785',
    defaultDevice: 'desk',
    presence: 'Idle',
  },
];

export const DEMO_USERNAMES: readonly string[] = PLANS.map((plan) => plan.name);

const SOFTPHONE_CAPABILITIES = [
  'dial',
  'hangup',
  'offhook',
  'transfer',
  'hold',
  'enable',
  'conference',
  'mute',
  'dtmf',
];
const DESK_PHONE_CAPABILITIES = ['dial', 'hangup', 'offhook', 'transfer', 'hold', 'conference', 'dtmf'];
// A mobile app can only be told to call back; the PBX cannot pick up or hold on it.
const MOBILE_CAPABILITIES = ['dial', 'hangup'];

function timestamp(random: Random, year: number): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const micros = String(random.int(0, 999_999)).padStart(6, '0');
  return `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))} ${pad(random.int(7, 18))}:${pad(random.int(0, 59))}:${pad(random.int(0, 59))}.${micros}`;
}

function peerName(random: Random): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let text = '';
  for (let i = 0; i < 15; i++) text += random.pick([...alphabet]);
  return text;
}

/** The eleven demo users, then `extra` ones (a large PBX, see bulk-users.ts). */
export function seedUsers(random: Random, extra: readonly UserPlan[] = []): UserSeed[] {
  let deviceId = 3;
  return [...PLANS, ...extra].map((plan, index) => {
    const devices: DeviceSeed[] = [
      {
        id: deviceId++,
        name: `pascom Softphone [${plan.displayName}]`,
        typeId: 26,
        typeName: 'Integrated Softphone',
        capabilities: SOFTPHONE_CAPABILITIES,
        peerUsername: peerName(random),
      },
    ];
    if (plan.deskPhone) {
      devices.push({
        id: deviceId++,
        name: `${plan.deskPhone} [${plan.displayName}]`,
        typeId: plan.deskPhone.startsWith('Snom') ? 41 : 57,
        typeName: plan.deskPhone,
        capabilities: DESK_PHONE_CAPABILITIES,
        peerUsername: peerName(random),
      });
    }
    if (plan.mobile) {
      devices.push({
        id: deviceId++,
        name: `pascom Mobile [${plan.displayName}]`,
        typeId: 31,
        typeName: 'pascom Mobile Client',
        capabilities: MOBILE_CAPABILITIES,
        peerUsername: peerName(random),
      });
    }
    const defaultDevice =
      plan.defaultDevice === 'none'
        ? null
        : plan.defaultDevice === 'desk'
          ? (devices[1]?.name ?? null)
          : (devices[0]?.name ?? null);
    const id = index + 2;
    const profileBase = 10 + index * 3;
    return {
      id,
      name: plan.name,
      displayName: plan.displayName,
      extension: plan.extension,
      extId: id + 2,
      accountId: id - 1,
      locationId: id - 1,
      mailbox: plan.extension,
      voicemailboxId: id,
      email: `${plan.name}@demo-firma.de`,
      phonebookEntryId: index + 1,
      avatarId: index + 1,
      faxExtension: index % 3 === 0 ? `3${plan.extension.slice(1)}` : null,
      authRole: plan.authRole ?? null,
      lastLogin: timestamp(random, 2024),
      tmstmp: timestamp(random, 2023),
      devices,
      defaultDevice,
      presence: plan.presence,
      profiles: [
        { id: profileBase, name: 'Im Büro', scope: 'user', tmstmp: timestamp(random, 2023) },
        { id: profileBase + 1, name: 'Homeoffice', scope: 'user', tmstmp: timestamp(random, 2023) },
        { id: profileBase + 2, name: 'Abwesend', scope: 'admin', tmstmp: timestamp(random, 2022) },
      ],
      activeProfileId: profileBase,
      // The reference's samples show null for a user who never set a presence (tsander, aturitzo).
      presenceState:
        plan.presenceState !== undefined
          ? plan.presenceState
          : plan.presence === 'Idle'
            ? 'USER_AVAILABLE'
            : null,
      statusText:
        plan.statusText !== undefined ? plan.statusText : plan.presence === 'Idle' ? 'Verfügbar' : null,
      mobileNumber: plan.mobileNumber ?? null,
    };
  });
}
