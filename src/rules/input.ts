import { clientById } from '../clients/index';
import type { PageEvidence, Phase, Signal, Signals, TabEvidence } from '../evidence';
import { emptySignals, SIGNAL_NAMES } from '../evidence';
import { classifyHost, matchesHostSuffix } from '../network/classify';
import { mediaRoutesOf, proxyReasonOf, serverCountriesOf } from '../network/locate';
import type { ProxyReason, ReportHost } from '../report';
import { NO_POLICY, type RuleInput, type RulePolicy } from './types';

const PHASE_RANK: Record<Phase, number> = {
  'in-meeting': 5,
  lobby: 4,
  prejoin: 3,
  ended: 2,
  settings: 1,
  unknown: 0,
};

function frameRank(frameId: string, frame: PageEvidence): number {
  return (frame.clientId ? 100 : 0) + PHASE_RANK[frame.phase] * 10 + (frameId === '0' ? 1 : 0);
}

/** The frame that speaks for the tab: a recognised client in the most advanced phase. */
function primaryFrame(tab: TabEvidence): PageEvidence | null {
  const ranked = Object.entries(tab.frames).sort(([a, fa], [b, fb]) => frameRank(b, fb) - frameRank(a, fa));
  return ranked[0]?.[1] ?? null;
}

function strongerSignal(a: Signal, b: Signal): Signal {
  if (a.value === null) return b;
  if (b.value === null) return a;
  if (typeof a.value === 'number' && typeof b.value === 'number') return a.value >= b.value ? a : b;
  return b.value === true && a.value !== true ? b : a;
}

/** Any frame of the same client that shows a state counts: true beats false beats not visible. */
function mergeSignals(frames: PageEvidence[], now: string): Signals {
  const merged = emptySignals(now);
  for (const name of SIGNAL_NAMES) {
    for (const frame of frames) merged[name] = strongerSignal(merged[name], frame.signals[name]);
  }
  return merged;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).hostname;
  } catch {
    return null;
  }
}

interface Operator {
  name: string | null;
  domains: readonly string[];
  telemetryHosts: readonly string[];
}

function classifyHosts(
  origins: string[],
  iceHosts: string[],
  tab: TabEvidence,
  operator: Operator,
  pageHost: string | null,
  proxy: ProxyReason | null,
): ReportHost[] {
  const ipsByHost = new Map(tab.network.hosts.map((h) => [h.host, h.ips]));
  const hosts = new Set<string>([
    ...origins.map(hostOf).filter((h): h is string => !!h),
    ...iceHosts,
    ...ipsByHost.keys(),
  ]);
  return [...hosts].sort().map((host) => {
    const classified = classifyHost(host, operator.domains, pageHost);
    const first = classified.party === 'first';
    const ips = ipsByHost.get(host) ?? [];
    return {
      host,
      ...classified,
      owner: first ? (classified.owner ?? operator.name) : classified.owner,
      ips,
      serverCountries: serverCountriesOf(ips, proxy),
      telemetry: first && matchesHostSuffix(host, operator.telemetryHosts),
    };
  });
}

export function buildRuleInput(
  tab: TabEvidence,
  now: string,
  policy: RulePolicy = NO_POLICY,
): RuleInput | null {
  const primary = primaryFrame(tab);
  if (!primary) return null;
  const frames = Object.values(tab.frames);
  const sameClient = frames.filter((f) => f.clientId !== null && f.clientId === primary.clientId);
  const definition = primary.clientId ? clientById(primary.clientId) : undefined;
  const top = tab.frames['0'] ?? primary;
  const pageUrl = new URL(top.url);
  const pageWorldSockets = frames.flatMap((f) => f.pageWorld?.webSockets ?? []);
  const origins = [...new Set([...frames.flatMap((f) => f.resources.origins), ...pageWorldSockets])].sort();
  // STUN/TURN servers the page's peer connections use: where media may be relayed (not page transport).
  const iceHosts = [...new Set(frames.flatMap((f) => f.pageWorld?.iceServerHosts ?? []))];
  const hosted = definition && !primary.selfHosted;
  const operator: Operator = {
    name: definition?.operator.name ?? null,
    domains: hosted ? definition.operator.domains : [],
    telemetryHosts: hosted ? definition.operator.telemetryHosts : [],
  };
  const pageHost = new URL(primary.url).hostname;
  const proxy = proxyReasonOf(tab.network.hosts);
  const endpoints = frames.flatMap((f) => f.pageWorld?.mediaEndpoints ?? []);
  return {
    url: top.url,
    protocol: pageUrl.protocol,
    client: definition ? { id: definition.id, name: definition.name, selfHosted: primary.selfHosted } : null,
    phase: primary.phase,
    signals: sameClient.length > 0 ? mergeSignals(sameClient, now) : primary.signals,
    hosts: classifyHosts(origins, iceHosts, tab, operator, pageHost, proxy),
    media: mediaRoutesOf(endpoints),
    proxyReason: proxy,
    origins,
    pageWorld: primary.pageWorld ?? frames.find((f) => f.pageWorld)?.pageWorld ?? null,
    policy,
  };
}
