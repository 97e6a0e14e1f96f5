import { type Lang, t } from '../../i18n';
import type { Finding } from '../../report';
import { countByStatus, overallVerdict, VERDICT_ICONS, VERDICT_KEYS } from './findings';

export function TrafficLight({ lang, findings }: { lang: Lang; findings: Finding[] }) {
  const verdict = overallVerdict(findings);
  const count = (status: Finding['status']) => countByStatus(findings, status);
  return (
    <section class={`traffic-light traffic-light--${verdict}`} aria-labelledby="verdict-label">
      <span class="traffic-light__lamp" aria-hidden="true">
        {VERDICT_ICONS[verdict]}
      </span>
      <div>
        <p id="verdict-label" class="traffic-light__label">
          <span class="visually-hidden">{t(lang, 'ui_verdict_label')}: </span>
          {t(lang, VERDICT_KEYS[verdict])}
        </p>
        <p class="traffic-light__counts">
          {t(lang, 'ui_verdict_counts', count('fail'), count('warn'), count('unknown'), count('pass'))}
        </p>
      </div>
    </section>
  );
}
