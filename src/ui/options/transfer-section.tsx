import { useId } from 'preact/hooks';
import { type Lang, t } from '../../i18n';
import { applyImport, exportSettings, planImport } from '../../policy/transfer';
import type { SettingsView } from '../shared/use-settings';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface TransferProps {
  lang: Lang;
  view: SettingsView | null;
  onStatus: (message: string) => void;
}

/** Export the user's settings and checklist answers to a JSON file, and import such a file. */
export function TransferSection({ lang, view, onStatus }: TransferProps) {
  const fileId = useId();

  const exportFile = async () => {
    try {
      const file = await exportSettings();
      download(
        `meeting-privacy-lens-settings-${file.exportedAt.slice(0, 10)}.json`,
        JSON.stringify(file, null, 2),
      );
      onStatus(t(lang, 'ui_options_exportDone'));
    } catch {
      onStatus(t(lang, 'ui_options_saveFailed'));
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      raw = null;
    }
    input.value = '';
    const plan = planImport(raw, view?.policy.policy ?? {});
    if (!plan) {
      onStatus(t(lang, 'ui_options_importInvalid'));
      return;
    }
    try {
      await applyImport(plan);
    } catch {
      onStatus(t(lang, 'ui_options_saveFailed'));
      return;
    }
    const parts = [t(lang, 'ui_options_importDone', plan.applied.length, plan.checklistEntries)];
    if (plan.locked.length > 0) parts.push(t(lang, 'ui_options_importLocked', plan.locked.join(', ')));
    if (plan.invalid.length > 0) parts.push(t(lang, 'ui_options_importSkipped', plan.invalid.join(', ')));
    onStatus(parts.join(' '));
  };

  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t(lang, 'ui_options_transferHeading')}</h2>
      <p>{t(lang, 'ui_options_transferHelp')}</p>
      <div class="transfer">
        <button type="button" class="button" onClick={() => void exportFile()}>
          {t(lang, 'ui_options_export')}
        </button>
        <label for={fileId} class="transfer__import">
          {t(lang, 'ui_options_import')}
        </label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </div>
    </section>
  );
}
