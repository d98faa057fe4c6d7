/**
 * Recordings arrive from the core as base64 bytes (never a URL: the PBX's address and credentials
 * stay in the main process). They become a `blob:` URL, the one media source the CSP allows.
 */
import type { VoicemailAudio } from '../../../electron/shared/features/voicemail';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** A `blob:` URL for the recording; revoke it with `URL.revokeObjectURL` when it is no longer played. */
export function recordingUrl(audio: VoicemailAudio): string {
  return URL.createObjectURL(new Blob([base64ToBytes(audio.base64)], { type: audio.contentType }));
}
