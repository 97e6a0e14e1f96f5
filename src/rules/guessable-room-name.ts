import { clientById } from '../clients/index';
import type { FindingEvidence } from '../report';
import { dsk, gdpr } from './sources';
import type { Rule, RuleOutcome } from './types';

type Strength = 'word' | 'short' | 'random';

/**
 * How hard a room name is to guess, judged by its shape only. Generated codes mix letters and digits or
 * come in several groups ("abc-defg-hij"); a single short word or a short number can be tried out.
 */
export function roomNameStrength(name: string): Strength {
  const groups = name.split(/[-_.~]+/).filter(Boolean);
  const plain = groups.join('');
  const hasDigit = /\d/.test(plain);
  const hasLetter = /\p{L}/u.test(plain);
  if (hasDigit && hasLetter && plain.length >= 8) return 'random';
  if (groups.length >= 3 && plain.length >= 10) return 'random';
  if (!hasDigit && plain.length < 20) return 'word';
  if (plain.length < 10) return 'short';
  return 'random';
}

function describe(kind: string, length: number): FindingEvidence[] {
  // The room name itself can be the only secret of a meeting: the evidence keeps its shape, not its text.
  return [{ name: 'room name', value: `${kind}, ${length} characters`, source: 'meeting link' }];
}

function judgeZoom(id: string, passcode: boolean | number | string | null): RuleOutcome {
  const evidence = describe('numeric meeting ID', id.length);
  if (passcode === true) return { status: 'pass', variant: 'numeric_passcode', evidence };
  if (passcode === false) return { status: 'warn', variant: 'numeric_open', evidence };
  return { status: 'unknown', variant: 'numeric', evidence };
}

/**
 * Only invited people may join; a meeting reachable under a guessable name is open to anyone who tries
 * (DSK OH §4.2.1). Personal rooms with a person's name are reused and easy to guess.
 */
export const guessableRoomName: Rule = {
  id: 'guessable-room-name',
  severity: 'medium',
  certainty: 'M',
  area: 'access',
  audience: ['host', 'organisation'],
  refs: [dsk('4.2.1'), gdpr('32')],
  evaluate({ client, url, phase, signals }) {
    if (phase === 'settings') return { status: 'not-applicable', evidence: [] };
    const definition = client ? clientById(client.id) : undefined;
    const link = new URL(url);
    const id = definition?.meetingId(link) ?? null;
    // BigBlueButton's client URL carries a session, not the room link people are invited with; an
    // unknown app's path says nothing about how its rooms are named.
    if (!id || client?.id === 'bigbluebutton' || client?.id === 'generic-webrtc')
      return { status: 'unknown', evidence: [] };
    if (client?.id === 'webex' && link.pathname.startsWith('/meet/'))
      return { status: 'warn', variant: 'personal_room', evidence: describe('personal room', id.length) };
    if (client?.id === 'zoom') return judgeZoom(id, signals.passcodeRequired.value);
    const strength = roomNameStrength(id);
    const evidence = describe(strength === 'random' ? 'generated code' : strength, id.length);
    if (strength === 'random') return { status: 'pass', evidence };
    return { status: 'warn', variant: strength, evidence };
  },
};
