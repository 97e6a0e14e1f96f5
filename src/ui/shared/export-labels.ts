/**
 * Locale keys of the checklist and the data sources. Item titles use the `checklist_<item_id>_title` keys
 * the options page (issue 6) looks up for stored answers.
 */
import type { ChecklistAnswer, ChecklistItemId } from '../../checklist';
import type { SourceDate } from '../../report-export';

export const CHECKLIST_ITEM_KEYS: Record<ChecklistItemId, string> = {
  'legal-basis': 'checklist_legal_basis_title',
  'processor-contract': 'checklist_processor_contract_title',
  'own-purposes': 'checklist_own_purposes_title',
  'third-country': 'checklist_third_country_title',
  dpia: 'checklist_dpia_title',
  'participant-information': 'checklist_participant_information_title',
  retention: 'checklist_retention_title',
  'records-of-processing': 'checklist_records_of_processing_title',
};

export const CHECKLIST_ANSWER_KEYS: Record<ChecklistAnswer | 'unanswered', string> = {
  yes: 'ui_checklist_answer_yes',
  no: 'ui_checklist_answer_no',
  unsure: 'ui_checklist_answer_unsure',
  unanswered: 'ui_checklist_answer_unanswered',
};

export const SOURCE_KEYS: Record<SourceDate['id'], string> = {
  'dsk-oh-2020': 'ui_source_dsk',
  gdpr: 'ui_source_gdpr',
  'third-parties': 'ui_source_thirdParties',
};
