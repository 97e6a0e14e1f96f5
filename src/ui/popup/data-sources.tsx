import { useId } from 'preact/hooks';
import { type Lang, t } from '../../i18n';
import type { DataSource } from '../../report';
import { dataSourceLine } from './format';

/** The shipped data the findings rest on, with date and licence (CC BY 4.0 requires the attribution). */
export function DataSources({ lang, sources }: { lang: Lang; sources: DataSource[] }) {
  const headingId = useId();
  if (sources.length === 0) return null;
  return (
    <section class="data-sources" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(lang, 'ui_about_heading')}</h2>
      <ul>
        {sources.map((source) => (
          <li key={source.id} class="data-source muted">
            {dataSourceLine(lang, source)}
          </li>
        ))}
      </ul>
    </section>
  );
}
