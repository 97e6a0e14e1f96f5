import { type Lang, t } from '../../i18n';
import type { Finding } from '../../report';
import { areaVerdicts, VERDICT_ICONS, VERDICT_KEYS } from './findings';
import { AREA_KEYS } from './labels';

export function AreaSummary({ lang, findings }: { lang: Lang; findings: Finding[] }) {
  return (
    <section class="area-summary" aria-labelledby="area-summary-heading">
      <h2 id="area-summary-heading" class="area-summary__heading">
        {t(lang, 'ui_area_heading')}
      </h2>
      <ul class="area-summary__list">
        {areaVerdicts(findings).map((row) => (
          <li key={row.area} class={`area area--${row.verdict}`} data-area={row.area}>
            <span class="area__lamp" aria-hidden="true">
              {VERDICT_ICONS[row.verdict]}
            </span>
            <span class="area__name">{t(lang, AREA_KEYS[row.area])}</span>
            <span class="visually-hidden">: {t(lang, VERDICT_KEYS[row.verdict])}. </span>
            <span class="area__counts muted">
              {t(lang, 'ui_area_counts', row.problems, row.unknown, row.pass)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
