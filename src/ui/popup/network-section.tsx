import { useId } from 'preact/hooks';
import { type Lang, t } from '../../i18n';
import type { Party, Report, ReportHost } from '../../report';
import { countryName } from './format';
import { PARTY_KEYS } from './labels';

const PARTIES: Party[] = ['first', 'third', 'unknown'];

function HostItem({ lang, host }: { lang: Lang; host: ReportHost }) {
  const details = [
    host.owner ?? t(lang, 'ui_network_ownerUnknown'),
    countryName(lang, host.country),
    host.category ?? t(lang, 'ui_network_categoryUnknown'),
  ];
  return (
    <li class="host">
      <span class="host__name">{host.host}</span>
      <span class="host__details muted">{details.join(' · ')}</span>
    </li>
  );
}

function PartyGroup({ lang, party, hosts }: { lang: Lang; party: Party; hosts: ReportHost[] }) {
  return (
    <>
      <h3 class={`host-group host-group--${party}`}>
        {t(lang, PARTY_KEYS[party])} ({hosts.length})
      </h3>
      <ul class="host-list">
        {hosts.map((host) => (
          <HostItem key={host.host} lang={lang} host={host} />
        ))}
      </ul>
    </>
  );
}

export function NetworkSection({ lang, network }: { lang: Lang; network: Report['network'] }) {
  const headingId = useId();
  const groups = PARTIES.map((party) => ({
    party,
    hosts: network.hosts.filter((host) => host.party === party),
  }));
  return (
    <section class="network" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(lang, 'ui_network_heading')}</h2>
      {network.proxySuspected && <p class="network__proxy">{t(lang, 'ui_network_proxy')}</p>}
      {network.hosts.length === 0 && <p class="muted">{t(lang, 'ui_network_none')}</p>}
      {groups.map(({ party, hosts }) =>
        hosts.length > 0 ? <PartyGroup key={party} lang={lang} party={party} hosts={hosts} /> : null,
      )}
    </section>
  );
}
