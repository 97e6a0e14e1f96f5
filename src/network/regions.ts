import data from '../data/countries.json';

/** How EU law treats a transfer to a country (GDPR Chapter V). */
export type Region = 'eu-eea' | 'adequacy' | 'adequacy-if-certified' | 'third-country';

export interface AdequacyDecision {
  code: string;
  name: string;
  decision: string;
  date: string;
  scope: string;
  /** Set when the decision covers only certified recipients (the EU–US Data Privacy Framework). */
  certifiedOnly?: boolean;
  source: string;
}

const EU_EEA: ReadonlySet<string> = new Set(data.euEea);
const ADEQUACY: ReadonlyMap<string, AdequacyDecision> = new Map(
  (data.adequacy as AdequacyDecision[]).map((decision) => [decision.code, decision]),
);

export const countryData = { dataDate: data.dataDate, sources: data.sources };

export function regionOf(country: string): Region {
  if (EU_EEA.has(country)) return 'eu-eea';
  const decision = ADEQUACY.get(country);
  if (decision === undefined) return 'third-country';
  return decision.certifiedOnly ? 'adequacy-if-certified' : 'adequacy';
}

export function adequacyDecision(country: string): AdequacyDecision | null {
  return ADEQUACY.get(country) ?? null;
}

/** The EU/EEA plus full adequacy: where a transfer needs no further basis. */
export function isSafeRegion(country: string): boolean {
  const region = regionOf(country);
  return region === 'eu-eea' || region === 'adequacy';
}
