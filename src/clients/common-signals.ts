import type { SignalName } from '../evidence';
import type { CustomReader, Observation, ReadContext } from './types';

// Readers that work the same on every client: plain HTML conventions (links, form fields) and the
// meeting's own history. A client definition's own reader for the same signal takes precedence.

const PRIVACY_WORDS = ['privacy', 'data protection', 'datenschutz'];

/** A link to a privacy notice on the pre-join or waiting screen; on the pre-join screen none means false. */
const privacyNoticeLink: CustomReader = ({ doc, phase }) => {
  if (phase !== 'prejoin' && phase !== 'lobby') return null;
  for (const link of Array.from(doc.querySelectorAll('a[href]'))) {
    const text = `${link.textContent ?? ''} ${link.getAttribute('aria-label') ?? ''}`.toLowerCase();
    const word = PRIVACY_WORDS.find((w) => text.includes(w));
    if (word) return { value: true, source: `link "${(link.textContent ?? '').trim() || word}"` };
  }
  if (phase !== 'prejoin') return null;
  return { value: false, source: 'no link naming privacy or Datenschutz on the pre-join page' };
};

const EXTRA_AUTOCOMPLETE = new Set([
  'tel',
  'tel-national',
  'organization',
  'organization-title',
  'street-address',
  'address-line1',
  'postal-code',
  'bday',
]);
const EXTRA_NAME =
  /phone|tel(?:efon)?\b|company|organi[sz]ation|firma|unternehmen|job|position|address|adresse/i;
const REQUIRED = 'input[required], select[required], textarea[required], [aria-required="true"]';

function fieldLabel(field: Element): string {
  return field.getAttribute('name') || field.id || field.getAttribute('autocomplete') || field.tagName;
}

function isEmailField(field: Element): boolean {
  const hints = `${field.getAttribute('type')} ${field.getAttribute('autocomplete')} ${field.getAttribute('name')} ${field.id}`;
  return /e-?mail/i.test(hints);
}

function isExtraField(field: Element): boolean {
  const autocomplete = (field.getAttribute('autocomplete') ?? '').toLowerCase();
  if (EXTRA_AUTOCOMPLETE.has(autocomplete) || field.getAttribute('type') === 'tel') return true;
  return EXTRA_NAME.test(`${field.getAttribute('name') ?? ''} ${field.id}`);
}

/**
 * Required form fields beyond name and e-mail. A registration form is one that requires an e-mail
 * address; a join form asking only for a display name is none, and no such form means not visible.
 */
const registrationExtraFields: CustomReader = ({ doc }) => {
  const required = Array.from(doc.querySelectorAll(REQUIRED));
  if (!required.some(isEmailField)) return null;
  const extra = required.filter(isExtraField).map(fieldLabel);
  if (extra.length === 0) {
    return { value: false, source: `required form fields: ${required.map(fieldLabel).join(', ')}` };
  }
  return { value: true, source: 'required form fields', detail: extra };
};

/**
 * Recording that was seen off in this meeting and is now on started while the user was present; on at
 * the first reading means it was already running when the user joined. Kept for the meeting.
 */
function recordingStartedInMeeting(ctx: ReadContext, recording: Observation | null): Observation | null {
  const before = ctx.previous?.recordingStartedInMeeting;
  if (before && before.value !== null) return { value: before.value, source: before.source };
  if (ctx.phase !== 'in-meeting' || recording?.value !== true) return null;
  if (ctx.previous?.recording.value === false)
    return { value: true, source: 'recording indicator appeared after it had been off in this meeting' };
  return { value: false, source: 'recording indicator already shown at the first reading in the meeting' };
}

export const COMMON_READERS: Partial<Record<SignalName, CustomReader>> = {
  privacyNoticeLink,
  registrationExtraFields,
};

/** Signals derived from other signals of the same reading. */
export function derivedSignals(
  ctx: ReadContext,
  read: (name: SignalName) => Observation | null,
): Partial<Record<SignalName, Observation>> {
  const started = recordingStartedInMeeting(ctx, read('recording'));
  return started ? { recordingStartedInMeeting: started } : {};
}

/** Full phone numbers used as display names (dial-in callers); at least 7 digits, nothing but a number. */
export function phoneNumbers(names: readonly string[]): string[] {
  return names
    .filter((name) => /^\+?[\d\s()/.-]{7,}$/.test(name.trim()) && name.replace(/\D/g, '').length >= 7)
    .map((name) => `…${name.replace(/\D/g, '').slice(-2)}`);
}
