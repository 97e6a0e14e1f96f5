import { regionOf } from '../network/regions';
import type { FindingEvidence } from '../report';
import { verdictOf } from './country-verdict';
import { signalEvidence } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule, RuleOutcome } from './types';

const COUNTRY = /^[A-Z]{2}$/;

/**
 * The data-centre regions an account lets process its meetings, as settings pages show them. Readers
 * give the regions' countries (ISO codes, comma-separated; anything else is a region they could not
 * place). Regions outside the EU/EEA and without an adequacy decision need a transfer basis (DSK OH
 * §3.5.6); an organisation's `allowedCountries` policy replaces that default, as in
 * `third-country-transfer`. A provider may still route some traffic elsewhere; this judges the setting.
 */
export const dataCentreRegions: Rule = {
  id: 'data-centre-regions',
  severity: 'high',
  certainty: 'V',
  area: 'provider',
  audience: ['organisation', 'host'],
  refs: [dsk('3.5.6'), gdpr('44'), gdpr('46')],
  settingsOnly: true,
  evaluate({ signals, policy }): RuleOutcome {
    const evidence = signalEvidence(signals, 'dataRegions');
    const shown = signals.dataRegions.value;
    if (typeof shown !== 'string' || shown === '') {
      return { status: 'unknown', evidence };
    }
    const codes = [...new Set(shown.split(',').map((code) => code.trim()))].sort();
    const countries = codes.filter((code) => COUNTRY.test(code));
    const all = [...evidence, ...countries.map(countryEvidence)];
    const verdict = (country: string) => verdictOf(country, policy.allowedCountries);
    const outside = countries.filter((c) => verdict(c) === 'not-allowed');
    if (outside.length > 0) {
      const variant = policy.allowedCountries ? 'policy' : 'fail';
      return { status: 'fail', variant, subs: [outside.join(', ')], evidence: all };
    }
    const certified = countries.filter((c) => verdict(c) === 'if-certified');
    if (certified.length > 0) {
      return { status: 'warn', variant: 'certified', subs: [certified.join(', ')], evidence: all };
    }
    if (countries.length < codes.length) return { status: 'unknown', variant: 'unplaced', evidence: all };
    return { status: 'pass', subs: [countries.join(', ')], evidence: all };
  },
};

function countryEvidence(country: string): FindingEvidence {
  return { name: 'region country', value: `${country} (${regionOf(country)})`, source: 'data-centre region' };
}
