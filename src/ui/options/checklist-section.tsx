import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { clientById } from '../../clients/index';
import { CLIENT_IDS, type ClientId } from '../../evidence';
import { hasMessage, type Lang, t } from '../../i18n';
import {
  ANSWERS,
  type Answer,
  CHECKLIST_KEY,
  type ChecklistAnswers,
  readChecklist,
  resetChecklist,
  setChecklistAnswer,
} from '../../policy/checklist';

const ANSWER_KEYS: Record<Answer, string> = {
  yes: 'ui_options_checklistYes',
  no: 'ui_options_checklistNo',
  unsure: 'ui_options_checklistUnsure',
};

function scopeName(scope: string): string {
  const id = CLIENT_IDS.find((candidate) => candidate === scope) as ClientId | undefined;
  return id ? (clientById(id)?.name ?? scope) : scope;
}

/** The checklist's own title for an item (`checklist_<item_id>_title`), else its id. */
function itemLabel(lang: Lang, itemId: string): string {
  const key = `checklist_${itemId.replace(/-/g, '_')}_title`;
  return hasMessage(key) ? t(lang, key) : itemId;
}

function useChecklist(): ChecklistAnswers | null {
  const [answers, setAnswers] = useState<ChecklistAnswers | null>(null);
  useEffect(() => {
    let disposed = false;
    const load = () =>
      readChecklist()
        .catch(() => ({}))
        .then((next) => {
          if (!disposed) setAnswers(next);
        });
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && CHECKLIST_KEY in changes) void load();
    };
    void load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      disposed = true;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return answers;
}

interface ScopeProps {
  lang: Lang;
  scope: string;
  items: ChecklistAnswers[string];
  onStatus: (message: string) => void;
}

function ScopeAnswers({ lang, scope, items, onStatus }: ScopeProps) {
  const name = scopeName(scope);
  const change = (itemId: string, answer: Answer) => {
    const note = items[itemId]?.note;
    void setChecklistAnswer(scope, itemId, { answer, ...(note !== undefined && { note }) })
      .then(() => onStatus(t(lang, 'ui_options_saved')))
      .catch(() => onStatus(t(lang, 'ui_options_saveFailed')));
  };
  const reset = () =>
    void resetChecklist(scope)
      .then(() => onStatus(t(lang, 'ui_options_checklistResetDone', name)))
      .catch(() => onStatus(t(lang, 'ui_options_saveFailed')));
  return (
    <li class="checklist-scope">
      <h3>{name}</h3>
      <ul class="checklist-items">
        {Object.entries(items).map(([itemId, entry]) => (
          <li key={itemId} class="checklist-item">
            <label>
              <span class="checklist-item__label">{itemLabel(lang, itemId)}</span>
              <select
                value={entry.answer}
                onChange={(event) => change(itemId, event.currentTarget.value as Answer)}
              >
                {ANSWERS.map((answer) => (
                  <option key={answer} value={answer}>
                    {t(lang, ANSWER_KEYS[answer])}
                  </option>
                ))}
              </select>
            </label>
            {entry.note && <p class="muted checklist-item__note">{entry.note}</p>}
          </li>
        ))}
      </ul>
      <button type="button" class="button" onClick={reset}>
        {t(lang, 'ui_options_checklistReset')}
        <span class="visually-hidden"> {name}</span>
      </button>
    </li>
  );
}

/**
 * The answers given in the checklist (points no page can show), per service or instance: change an
 * answer, forget the answers of one service, or all of them.
 */
export function ChecklistSection({ lang, onStatus }: { lang: Lang; onStatus: (message: string) => void }) {
  const answers = useChecklist();
  const scopes = Object.entries(answers ?? {});
  const resetAll = () =>
    void resetChecklist()
      .then(() => onStatus(t(lang, 'ui_options_checklistResetAllDone')))
      .catch(() => onStatus(t(lang, 'ui_options_saveFailed')));
  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t(lang, 'ui_options_checklistHeading')}</h2>
      <p>{t(lang, 'ui_options_checklistHelp')}</p>
      {answers && scopes.length === 0 && <p class="muted">{t(lang, 'ui_options_checklistNone')}</p>}
      {scopes.length > 0 && (
        <>
          <ul class="checklist-scopes">
            {scopes.map(([scope, items]) => (
              <ScopeAnswers key={scope} lang={lang} scope={scope} items={items} onStatus={onStatus} />
            ))}
          </ul>
          <button type="button" class="button" onClick={resetAll}>
            {t(lang, 'ui_options_checklistResetAll')}
          </button>
        </>
      )}
    </section>
  );
}
