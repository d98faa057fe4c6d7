/** "2020-12-07T09:01:50 +0000": the reference's human-readable time (UTC, no milliseconds). */
export function formatPbxTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)} +0000`;
}

/** "2020-11-30 07:26:23.250536": the database timestamp format of the *_tmstmp fields. */
export function formatDbTimestamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}000`;
}

/** "Wed Feb 10 07:43:23 AM UTC 2021": voicemail's origdate, as the `date` command prints it. */
export function formatVoicemailDate(ms: number): string {
  const d = new Date(ms);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
    d.getUTCMonth()
  ];
  const hours = d.getUTCHours();
  const hours12 = String(hours % 12 === 0 ? 12 : hours % 12).padStart(2, '0');
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${day} ${month} ${pad(d.getUTCDate())} ${hours12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'} UTC ${d.getUTCFullYear()}`;
}
