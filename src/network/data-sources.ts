import type { DataSource } from '../report';
import { thirdPartyList } from './classify';
import { ipTableMeta } from './ip-country';
import { countryData } from './regions';

/** The shipped data behind network findings, for the report and the about section. */
export function dataSources(): DataSource[] {
  const sources: DataSource[] = [
    { name: 'third-parties', dataDate: thirdPartyList.dataDate, licence: thirdPartyList.licence },
    { name: 'countries', dataDate: countryData.dataDate, licence: 'EUR-Lex decisions (public domain facts)' },
  ];
  const ip = ipTableMeta();
  if (ip !== null) sources.push({ name: ip.source, dataDate: ip.dataDate, licence: ip.licence });
  return sources;
}
