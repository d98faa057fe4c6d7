/**
 * What a start of the app from outside asks for: `--dial <number>` (a desktop shortcut, a script),
 * `--toggle-pause`, or a `tel:`/`callto:`/`sip:` link a browser or mail client handed over. Main
 * reads it from the command line (single-instance.ts) and hands it to `Companion.handleLaunchRequest`.
 */
export type LaunchRequest =
  | { kind: 'dial'; number: string }
  | { kind: 'toggle-pause' }
  | { kind: 'link'; url: string };

/** What became of a launch request (for the log and the tests; the user sees the panel). */
export type LaunchOutcome =
  | { kind: 'shown' }
  | { kind: 'dialing'; destination: string }
  | { kind: 'pending'; pendingId: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'ran'; command: string };
