import { regionOf } from '../network/regions';
import type { FindingEvidence } from '../report';
import { verdictOf } from './country-verdict';
import { dsk, gdpr } from './sources';
import type { Rule, RuleInput } from './types';

interface Location {
  country: string;
  what: string;
}

/** Countries of the page's servers and of media servers (never of participants' own devices). */
function locations({ hosts, media }: RuleInput): Location[] {
  const pageServers = hosts.flatMap((h) => h.serverCountries.map((country) => ({ country, what: h.host })));
  const mediaServers = media
    .filter((route) => route.p2p !== true && route.country !== null)
    .map((route) => ({ country: route.country ?? '', what: `media ${route.ip}` }));
  return [...pageServers, ...mediaServers];
}

function evidenceFor(found: Location[]): FindingEvidence[] {
  const byCountry = new Map<string, string[]>();
  for (const { country, what } of found) byCountry.set(country, [...(byCountry.get(country) ?? []), what]);
  return [...byCountry].map(([country, what]) => ({
    name: 'server country',
    value: `${country} (${regionOf(country)})`,
    source: `IP location of ${what.join(', ')}`,
  }));
}

/**
 * Servers outside the EU/EEA and without an adequacy decision need a transfer basis under Art. 44 ff.
 * (DSK OH §3.5.6). IP location is a hint: anycast CDNs answer from nearby, and sub-processors and
 * remote access are invisible, so a pass only says no server seen was elsewhere. An organisation's
 * `allowedCountries` policy replaces the default of EU/EEA plus adequacy.
 */
export const thirdCountryTransfer: Rule = {
  id: 'third-country-transfer',
  severity: 'high',
  certainty: 'V',
  area: 'provider',
  audience: ['organisation', 'host'],
  refs: [dsk('3.5.6'), gdpr('44'), gdpr('46')],
  evaluate(input) {
    const found = locations(input);
    if (found.length === 0) {
      return { status: 'unknown', variant: input.proxyReason ? 'proxy' : 'unknown', evidence: [] };
    }
    const evidence = evidenceFor(found);
    const countries = [...new Set(found.map((l) => l.country))].sort();
    const allowed = input.policy.allowedCountries;
    const verdict = (country: string) => verdictOf(country, allowed);
    const outside = countries.filter((c) => verdict(c) === 'not-allowed');
    if (outside.length > 0) {
      return { status: 'fail', variant: allowed ? 'policy' : 'fail', subs: [outside.join(', ')], evidence };
    }
    const certified = countries.filter((c) => verdict(c) === 'if-certified');
    if (certified.length > 0)
      return { status: 'warn', variant: 'certified', subs: [certified.join(', ')], evidence };
    return { status: 'pass', subs: [countries.join(', ')], evidence };
  },
};
