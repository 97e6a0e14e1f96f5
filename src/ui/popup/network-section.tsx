import { useId } from 'preact/hooks';
import { type Lang, t } from '../../i18n';
import type { Party, Report, ReportHost, ReportMedia } from '../../report';
import { categoryName, countryName, mediaLine, proxyText, serverLine } from './format';
import { PARTY_KEYS } from './labels';

const PARTIES: Party[] = ['first', 'third', 'unknown'];

function HostItem({ lang, host }: { lang: Lang; host: ReportHost }) {
  const details = [
    host.owner ?? t(lang, 'ui_network_ownerUnknown'),
    host.country ? t(lang, 'ui_network_hqIn', countryName(lang, host.country)) : countryName(lang, null),
    categoryName(lang, host.category),
  ];
  return (
    <li class="host">
      <span class="host__name">{host.host}</span>
      {host.telemetry && <span class="host__tag">{t(lang, 'ui_network_telemetry')}</span>}
      <span class="host__details muted">{details.join(' · ')}</span>
      <span class="host__servers muted">{serverLine(lang, host)}</span>
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

function MediaRoutes({ lang, media }: { lang: Lang; media: ReportMedia[] }) {
  if (media.length === 0) return <p class="muted media-none">{t(lang, 'ui_network_mediaNone')}</p>;
  return (
    <>
      <h3 class="host-group host-group--media">{t(lang, 'ui_network_mediaHeading', String(media.length))}</h3>
      <ul class="host-list media-list">
        {media.map((route) => (
          <li key={`${route.ip}|${route.basis}`} class={`media media--${route.basis}`}>
            {mediaLine(lang, route)}
          </li>
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
  const proxy = proxyText(lang, network);
  return (
    <section class="network" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(lang, 'ui_network_heading')}</h2>
      {proxy && <p class="network__proxy">{proxy}</p>}
      {network.hosts.length === 0 && <p class="muted">{t(lang, 'ui_network_none')}</p>}
      {groups.map(({ party, hosts }) =>
        hosts.length > 0 ? <PartyGroup key={party} lang={lang} party={party} hosts={hosts} /> : null,
      )}
      <MediaRoutes lang={lang} media={network.media} />
    </section>
  );
}
