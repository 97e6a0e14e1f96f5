/** Locale keys of the checklist and the data sources, written out so the locale test finds each one. */
import type { ChecklistAnswer, ChecklistItemId } from '../../checklist';
import type { DataSource } from '../../report-export';

export const CHECKLIST_ITEM_KEYS: Record<ChecklistItemId, string> = {
  'legal-basis': 'ui_checklist_item_legal_basis',
  'processor-contract': 'ui_checklist_item_processor_contract',
  'own-purposes': 'ui_checklist_item_own_purposes',
  'third-country': 'ui_checklist_item_third_country',
  dpia: 'ui_checklist_item_dpia',
  'participant-information': 'ui_checklist_item_participant_information',
  retention: 'ui_checklist_item_retention',
  'records-of-processing': 'ui_checklist_item_records_of_processing',
};

export const CHECKLIST_ANSWER_KEYS: Record<ChecklistAnswer, string> = {
  yes: 'ui_checklist_answer_yes',
  partly: 'ui_checklist_answer_partly',
  no: 'ui_checklist_answer_no',
  unknown: 'ui_checklist_answer_unknown',
};

export const SOURCE_KEYS: Record<DataSource['id'], string> = {
  'dsk-oh-2020': 'ui_source_dsk',
  gdpr: 'ui_source_gdpr',
  'third-parties': 'ui_source_thirdParties',
};
