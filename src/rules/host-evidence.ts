import type { FindingEvidence, ReportHost, ReportMedia } from '../report';

/** One host as finding evidence: what it is and who runs it. */
export function hostEvidence(host: ReportHost): FindingEvidence {
  const owner = host.owner ? `${host.owner}${host.country ? `, ${host.country}` : ''}` : 'owner unknown';
  const kind = host.category ?? (host.party === 'first' ? 'first party' : 'unattributed');
  return { name: 'host', value: `${host.host} (${kind})`, source: owner };
}

export function mediaEvidence(route: ReportMedia): FindingEvidence {
  const where = route.country ? `, ${route.country}` : '';
  return {
    name: 'media',
    value: `${route.ip || 'address hidden'}${where}`,
    source: `getStats(): ${route.basis}`,
  };
}
