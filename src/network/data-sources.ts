import type { DataSource } from '../report';
import { thirdPartyList } from './classify';
import { ipTableMeta } from './ip-country';
import { countryData } from './regions';

/** The shipped data behind network findings, for the report and the about section. */
export function dataSources(): DataSource[] {
  const sources: DataSource[] = [
    {
      id: 'third-parties',
      name: 'third-parties.json',
      dataDate: thirdPartyList.dataDate,
      licence: thirdPartyList.licence,
    },
    { id: 'countries', name: 'countries.json (EUR-Lex)', dataDate: countryData.dataDate, licence: 'facts' },
  ];
  const ip = ipTableMeta();
  if (ip !== null)
    sources.push({ id: 'ip-country', name: ip.source, dataDate: ip.dataDate, licence: ip.licence });
  return sources;
}
