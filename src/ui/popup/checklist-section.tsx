import { useEffect, useId, useState } from 'preact/hooks';
import {
  CHECKLIST_ANSWERS,
  CHECKLIST_ITEMS,
  type ChecklistAnswer,
  type ChecklistEntry,
  type ChecklistItemId,
  checklistRefs,
  lastAnswered,
  providerKey,
  readChecklist,
  saveChecklistAnswer,
} from '../../checklist';
import { type Lang, t } from '../../i18n';
import type { Report } from '../../report';
import { providerLabel } from '../../report-export';
import { CHECKLIST_ANSWER_KEYS, CHECKLIST_ITEM_KEYS } from '../shared/export-labels';
import { formatRefs, formatTime } from './format';

interface ItemProps {
  lang: Lang;
  id: ChecklistItemId;
  value: ChecklistEntry[ChecklistItemId];
  onSave: (id: ChecklistItemId, answer: ChecklistAnswer | '', note: string) => void;
}

function ChecklistItem({ lang, id, value, onSave }: ItemProps) {
  const selectId = useId();
  const noteId = useId();
  const answer = value?.answer ?? '';
  const [note, setNote] = useState(value?.note ?? '');
  return (
    <li class="checklist-item">
      <label for={selectId} class="checklist-item__question">
        {t(lang, CHECKLIST_ITEM_KEYS[id])}{' '}
        <span class="muted">({formatRefs(lang, [...checklistRefs(id)])})</span>
      </label>
      <div class="checklist-item__fields">
        <select
          id={selectId}
          value={answer}
          onChange={(event) => onSave(id, event.currentTarget.value as ChecklistAnswer | '', note)}
        >
          <option value="">{t(lang, CHECKLIST_ANSWER_KEYS.unanswered)}</option>
          {CHECKLIST_ANSWERS.map((option) => (
            <option key={option} value={option}>
              {t(lang, CHECKLIST_ANSWER_KEYS[option])}
            </option>
          ))}
        </select>
        <label class="visually-hidden" for={noteId}>
          {t(lang, 'ui_checklist_note')}
        </label>
        <input
          id={noteId}
          type="text"
          maxLength={1000}
          placeholder={t(lang, 'ui_checklist_note')}
          value={note}
          onInput={(event) => setNote(event.currentTarget.value)}
          disabled={!answer}
          onChange={() => note !== (value?.note ?? '') && onSave(id, answer, note)}
        />
      </div>
    </li>
  );
}

/**
 * The points no page can show, answered once per provider or instance and kept in storage.local. A
 * disclosure, closed at first: the page's findings come first.
 */
export function ChecklistSection({ lang, report }: { lang: Lang; report: Report }) {
  const key = providerKey(report);
  const [entry, setEntry] = useState<ChecklistEntry | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (key)
      readChecklist(key)
        .then(setEntry)
        .catch(() => setStatus(t(lang, 'ui_options_saveFailed')));
  }, [key, lang]);
  if (!key) return null;

  const save = async (id: ChecklistItemId, answer: ChecklistAnswer | '', note: string) => {
    try {
      const trimmed = note.trim();
      // No answer removes the entry: unanswered is not stored (issue 6's checklist store).
      const given = answer ? (trimmed ? { answer, note: trimmed } : { answer }) : null;
      setEntry(await saveChecklistAnswer(key, id, given, new Date().toISOString()));
      setStatus(t(lang, 'ui_options_saved'));
    } catch {
      setStatus(t(lang, 'ui_options_saveFailed'));
    }
  };

  return (
    <details class="checklist-section">
      <summary>{t(lang, 'ui_checklist_heading')}</summary>
      <p class="muted">{t(lang, 'ui_checklist_help')}</p>
      <p>
        {t(
          lang,
          'ui_checklist_provider',
          providerLabel({ client: report.client, checklist: { provider: key, updatedAt: null, items: [] } }),
        )}
        {' · '}
        {entry && lastAnswered(entry)
          ? t(lang, 'ui_checklist_updatedAt', formatTime(lang, lastAnswered(entry) ?? ''))
          : t(lang, 'ui_checklist_never')}
      </p>
      <ol class="checklist-items">
        {CHECKLIST_ITEMS.map(({ id }) => (
          <ChecklistItem
            key={`${key}:${id}:${entry ? 'loaded' : 'empty'}`}
            lang={lang}
            id={id}
            value={entry?.[id]}
            onSave={save}
          />
        ))}
      </ol>
      <p class="muted" role="status">
        {status}
      </p>
    </details>
  );
}
