import { regionOf } from '../network/regions';
import type { RulePolicy } from './types';

export type Verdict = 'allowed' | 'if-certified' | 'not-allowed';

/**
 * May meeting data go to this country (ISO 3166-1 alpha-2)? Without a policy: the EU/EEA and adequacy
 * are allowed, the USA only for certified companies. An organisation may narrow or widen that.
 */
export function verdictOf(country: string, allowed: RulePolicy['allowedCountries']): Verdict {
  const region = regionOf(country);
  if (allowed === null) {
    if (region === 'third-country') return 'not-allowed';
    return region === 'adequacy-if-certified' ? 'if-certified' : 'allowed';
  }
  if (allowed.countries.includes(country)) return 'allowed';
  if (region === 'eu-eea' && allowed.groups.includes('eu-eea')) return 'allowed';
  if (region === 'adequacy' && allowed.groups.includes('adequacy')) return 'allowed';
  if (region === 'adequacy-if-certified' && allowed.groups.includes('adequacy')) return 'if-certified';
  return 'not-allowed';
}
