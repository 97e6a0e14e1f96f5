// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeBrowser } from '@webext-core/fake-browser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECKLIST_ANSWERS, CHECKLIST_ITEMS } from '../../src/checklist';
import { collectEvidence } from '../../src/content/collect';
import { CLIENT_IDS, PHASES, SIGNAL_NAMES, type TabEvidence } from '../../src/evidence';
import { AUDIENCES, CERTAINTIES, FINDING_STATUSES, type Report, SEVERITIES } from '../../src/report';
import { buildExport, type ExportDocument, redactUrl, SOURCE_DATES } from '../../src/report-export';
import { buildReport } from '../../src/rules/evaluate';
import { NOW, RULE_CASES, tabFrom } from './rules/rule-case';

const here = dirname(fileURLToPath(import.meta.url));

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { providerKey, readChecklist, saveChecklistAnswer } = await import('../../src/checklist');
const { parseChecklist } = await import('../../src/policy/checklist');
const { reportToMarkdown } = await import('../../src/ui/popup/markdown');
const { PrintableReport } = await import('../../src/ui/report/printable');

const schema = JSON.parse(readFileSync(join(here, '../../docs/report.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validateExport = ajv.compile(schema);
const validateReport = ajv.getSchema(`${schema.$id}#/$defs/report`);
if (!validateReport) throw new Error('no report definition in the schema');

const SECRET = 'AbCdEf123';
const ZOOM_LINK = `https://app.zoom.us/wc/81234567890/join?fromPWA=1&pwd=${SECRET}#success`;

// The Zoom recording fixture as the content script reads it, with the passcode in the link.
function zoomTab(): TabEvidence {
  const html = readFileSync(join(here, '../fixtures/pages/zoom/recording-en.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const evidence = collectEvidence({
    doc,
    url: new URL(ZOOM_LINK),
    origins: ['https://app.zoom.us', 'https://www.google-analytics.com'],
    pageWorld: null,
    previous: null,
    now: NOW,
  });
  return { tabId: 3, frames: { '0': evidence }, network: { hosts: [] }, updatedAt: NOW };
}

function zoomReport(lang: 'en' | 'de' = 'en'): Report {
  const report = buildReport(zoomTab(), lang, NOW, 'host');
  if (!report) throw new Error('no report');
  return report;
}

function errors(validate: typeof validateExport): string {
  return ajv.errorsText(validate.errors);
}

function printable(doc: ExportDocument, lang: 'en' | 'de'): string {
  const container = document.createElement('div');
  render(<PrintableReport lang={lang} doc={doc} />, container);
  return container.textContent ?? '';
}

describe('the report JSON Schema (docs/report.schema.json)', () => {
  it('accepts the report of a real fixture and its export, with and without checklist answers', () => {
    const report = zoomReport();
    expect(validateReport(report), errors(validateReport as typeof validateExport)).toBe(true);
    const bare = buildExport(report, 'host', NOW, 'zoom', null);
    expect(validateExport(bare), errors(validateExport)).toBe(true);
    const answered = buildExport(report, 'organisation', NOW, 'zoom', {
      'processor-contract': {
        answer: 'unsure',
        note: 'DPA signed, own-purpose clause open',
        answeredAt: NOW,
      },
    });
    expect(validateExport(answered), errors(validateExport)).toBe(true);
    expect(validateExport(buildExport(report, 'host', NOW, null, null)), errors(validateExport)).toBe(true);
  });

  it('rejects an export that leaks a query string, misses a certainty or adds unknown fields', () => {
    const good = buildExport(zoomReport(), 'host', NOW, 'zoom', null);
    expect(validateExport({ ...good, url: ZOOM_LINK })).toBe(false);
    const [first, ...rest] = good.findings;
    const { certainty: _dropped, ...uncertain } = first ?? ({} as NonNullable<typeof first>);
    expect(validateExport({ ...good, findings: [uncertain, ...rest] })).toBe(false);
    expect(validateExport({ ...good, extra: true })).toBe(false);
  });

  it('lists the same vocabulary as the code', () => {
    const defs = schema.$defs;
    expect(Object.keys(defs.report.properties.signals.properties)).toEqual([...SIGNAL_NAMES]);
    expect(defs.report.properties.phase.enum).toEqual([...PHASES]);
    expect(defs.report.properties.client.oneOf[1].properties.id.enum).toEqual([...CLIENT_IDS]);
    expect(defs.finding.properties.status.enum).toEqual([...FINDING_STATUSES]);
    expect(defs.finding.properties.severity.enum).toEqual([...SEVERITIES]);
    expect(defs.finding.properties.certainty.enum).toEqual([...CERTAINTIES]);
    expect(defs.finding.properties.audience.items.enum).toEqual([...AUDIENCES]);
    const checklist = schema.allOf[1].properties.checklist.oneOf[1].properties.items.items.properties;
    expect(checklist.id.enum).toEqual(CHECKLIST_ITEMS.map((item) => item.id));
    expect(checklist.answer.enum).toEqual([...CHECKLIST_ANSWERS, 'unanswered']);
    expect(schema.allOf[1].properties.sourceDates.items.properties.id.enum).toEqual(
      SOURCE_DATES.map((s) => s.id),
    );
  });

  it(`accepts the reports of all ${RULE_CASES.length} rule cases, in English and German`, () => {
    for (const ruleCase of RULE_CASES) {
      for (const lang of ['en', 'de'] as const) {
        const report = buildReport(tabFrom(ruleCase), lang, NOW);
        expect(
          validateReport(report),
          `${ruleCase.name} ${lang}: ${ajv.errorsText(validateReport.errors)}`,
        ).toBe(true);
      }
    }
  });
});

describe('passcodes in the meeting link', () => {
  it('never reach the report, the JSON, the Markdown or the printable page', () => {
    const report = zoomReport();
    expect(report.signals.passcodeInUrl.value).toBe(true);
    const doc = buildExport(report, 'host', NOW, 'zoom', null);
    expect(doc.url).toBe('https://app.zoom.us/wc/81234567890/join');
    expect(JSON.stringify(doc)).not.toContain(SECRET);
    expect(reportToMarkdown(doc, 'en')).not.toContain(SECRET);
    expect(printable(doc, 'en')).not.toContain(SECRET);
  });

  it('are cut from any URL the export is given', () => {
    expect(redactUrl(ZOOM_LINK)).toBe('https://app.zoom.us/wc/81234567890/join');
    expect(redactUrl('https://meet.example.org/Room?jwt=eyJ.x.y')).toBe('https://meet.example.org/Room');
    expect(redactUrl('not a url?pwd=1')).toBe('not a url');
  });
});

describe('Markdown and printable report', () => {
  const answers = { dpia: { answer: 'no' as const, note: 'planned for Q1', answeredAt: NOW } };

  it('give date, URL, client, findings with evidence, checklist answers and source dates in English', () => {
    const doc = buildExport(zoomReport('en'), 'host', NOW, 'zoom', answers);
    for (const text of [reportToMarkdown(doc, 'en'), printable(doc, 'en')]) {
      expect(text).toContain('https://app.zoom.us/wc/81234567890/join');
      expect(text).toContain('Zoom');
      expect(text).toContain('This meeting is being recorded.');
      expect(text).toContain('recording-disclaimer-dialog');
      expect(text).toContain('Has the need for a data protection impact assessment been checked');
      expect(text).toContain('planned for Q1');
      expect(text).toContain('October 23, 2020');
      expect(text).toContain('Consent to the recording');
      expect(text).toMatch(/Basis: (well established|derived)/);
    }
  });

  it('are written in German for a German report', () => {
    const doc = buildExport(zoomReport('de'), 'participant', NOW, 'zoom', answers);
    for (const text of [reportToMarkdown(doc, 'de'), printable(doc, 'de')]) {
      expect(text).toContain('Diese Konferenz wird aufgezeichnet.');
      expect(text).toContain('Checkliste');
      expect(text).toContain('23. Oktober 2020');
      expect(text).toContain('Nein');
      expect(text).not.toContain('This meeting is being recorded.');
    }
  });

  it('list every checklist point, unanswered ones as such', () => {
    const doc = buildExport(zoomReport('en'), 'host', NOW, 'zoom', null);
    expect(doc.checklist?.items.map((item) => item.answer)).toEqual(CHECKLIST_ITEMS.map(() => 'unanswered'));
    expect(reportToMarkdown(doc, 'en')).toContain('Not answered yet.');
  });
});

describe('checklist answers in storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are kept per provider under checklist.answers, in the shape issue 6 reads', async () => {
    await saveChecklistAnswer('zoom', 'dpia', { answer: 'yes' }, NOW);
    await saveChecklistAnswer('https://video.example.org', 'retention', { answer: 'no', note: 'x' }, NOW);
    const stored = await fakeBrowser.storage.local.get('checklist.answers');
    expect(stored).toEqual({
      'checklist.answers': {
        zoom: { dpia: { answer: 'yes', answeredAt: NOW } },
        'https://video.example.org': { retention: { answer: 'no', note: 'x', answeredAt: NOW } },
      },
    });
    expect((await readChecklist('zoom')).dpia?.answer).toBe('yes');
  });

  it('keep entries of other items and scopes, and forget an answer set to none', async () => {
    await fakeBrowser.storage.local.set({
      'checklist.answers': { zoom: { 'some-other-item': { answer: 'yes', answeredAt: NOW } } },
    });
    await saveChecklistAnswer('zoom', 'dpia', { answer: 'unsure' }, NOW);
    await saveChecklistAnswer('zoom', 'dpia', null, NOW);
    expect(await fakeBrowser.storage.local.get('checklist.answers')).toEqual({
      'checklist.answers': { zoom: { 'some-other-item': { answer: 'yes', answeredAt: NOW } } },
    });
  });

  it('drop malformed entries instead of trusting them', () => {
    expect(
      parseChecklist({
        zoom: {
          dpia: { answer: 'maybe', answeredAt: NOW },
          retention: { answer: 'yes', answeredAt: NOW },
          bogus: {},
        },
        broken: 'x',
      }).answers,
    ).toEqual({ zoom: { retention: { answer: 'yes', answeredAt: NOW } } });
  });

  it('belong to the online service by client and to a self-hosted instance by origin', () => {
    const base = { url: 'https://video.example.org/Room' };
    expect(
      providerKey({ ...base, client: { id: 'zoom', name: 'Zoom', operator: 'Zoom', selfHosted: false } }),
    ).toBe('zoom');
    expect(
      providerKey({ ...base, client: { id: 'jitsi-meet', name: 'Jitsi', operator: 'x', selfHosted: true } }),
    ).toBe('https://video.example.org');
    expect(providerKey({ ...base, client: null })).toBeNull();
  });
});
