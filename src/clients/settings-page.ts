import { fold } from './read';
import type { CustomReader, Observation, ReadContext } from './types';

/**
 * Readers for providers' settings pages whose markup is not public (Zoom web portal, Teams meeting
 * options): they rely only on what a host sees — a setting's label and the control or value beside it.
 * A label they do not find, or a control they cannot tell, gives no reading (not visible). They belong in
 * a definition's `settings` map, which is read only in phase `settings`.
 */

const TOGGLE = '[role="switch"][aria-checked], input[type="checkbox"]';
// How far up from the label to look for the row that holds its control.
const ROW_DEPTH = 3;

interface FoundLabel {
  element: Element;
  /** The label as listed (not folded), for the evidence. */
  label: string;
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, as a number: the page's frames are other realms.
// A label split over inline elements ("Allow use of <b>end-to-end</b> encryption") is found from any part.
const LABEL_DEPTH = 3;
const MAX_PIECE = 300;
// A label's own element holds little markup; climbing into a row or section would fold all its text.
const MAX_LABEL_ELEMENTS = 6;

interface TextPiece {
  node: Node;
  folded: string;
}

// Folded once per read and shared by all settings readers: a settings page has thousands of text nodes.
const piecesByRead = new WeakMap<ReadContext, TextPiece[]>();

function textPieces(ctx: ReadContext): TextPiece[] {
  let pieces = piecesByRead.get(ctx);
  if (!pieces) {
    pieces = [];
    const walker = ctx.doc.body ? ctx.doc.createTreeWalker(ctx.doc.body, SHOW_TEXT) : null;
    for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
      const text = node.nodeValue ?? '';
      // Longer runs of text are descriptions, not labels.
      if (text.length > MAX_PIECE || !/\S/.test(text)) continue;
      pieces.push({ node, folded: fold(text) });
    }
    piecesByRead.set(ctx, pieces);
  }
  return pieces;
}

/**
 * The deepest element whose whole visible text is one of the labels (the last such in the page), found
 * from the text nodes rather than every element's text, which would cost quadratic time.
 */
function findLabel(ctx: ReadContext, labels: readonly string[]): FoundLabel | null {
  const wanted = labels.map(fold);
  let found: FoundLabel | null = null;
  for (const { node, folded } of textPieces(ctx)) {
    if (wanted.some((label) => label.includes(folded))) found = labelAround(node, labels, wanted) ?? found;
  }
  return found;
}

function labelAround(node: Node, labels: readonly string[], wanted: string[]): FoundLabel | null {
  let element = node.parentElement;
  for (let depth = 0; element && depth < LABEL_DEPTH; depth++, element = element.parentElement) {
    if (element.getElementsByTagName('*').length > MAX_LABEL_ELEMENTS) return null;
    const index = wanted.indexOf(fold(element.textContent ?? ''));
    if (index >= 0) return { element, label: labels[index] ?? '' };
  }
  return null;
}

function toggleState(toggle: Element): boolean | null {
  // tagName, not instanceof: the page's frames are other realms.
  if (toggle.tagName === 'INPUT') return (toggle as HTMLInputElement).checked;
  const checked = toggle.getAttribute('aria-checked');
  return checked === 'true' ? true : checked === 'false' ? false : null;
}

/** On/off of the single toggle in the nearest ancestor of the label that holds one; null if none or several. */
function toggleBeside(label: Element): boolean | null {
  let row = label.parentElement;
  for (let depth = 0; row && depth < ROW_DEPTH; depth++, row = row.parentElement) {
    const toggles = row.querySelectorAll(TOGGLE);
    if (toggles.length > 1) return null;
    const toggle = toggles[0];
    if (toggle) return toggleState(toggle);
  }
  return null;
}

/** The folded text beside a label: that of the nearest ancestor holding more than the label, without it. */
function valueBeside(found: FoundLabel): string | null {
  const label = fold(found.label);
  let row = found.element.parentElement;
  for (let depth = 0; row && depth < ROW_DEPTH; depth++, row = row.parentElement) {
    const rest = fold(row.textContent ?? '')
      .replace(label, '')
      .trim();
    if (rest) return rest;
  }
  return null;
}

/**
 * A settings toggle read from its label. `meaning` turns the toggle's state into the signal's value and
 * says what that means, e.g. a "Mute participants upon entry" toggle that is on means the mic is off.
 */
export function settingToggle(
  place: string,
  labels: readonly string[],
  meaning: (on: boolean) => Observation['value'] = (on) => on,
): CustomReader {
  return (ctx) => {
    const found = findLabel(ctx, labels);
    const on = found ? toggleBeside(found.element) : null;
    if (!found || on === null) return null;
    return { value: meaning(on), source: `${place}: "${found.label}" is ${on ? 'on' : 'off'}` };
  };
}

/** Known values of a choice setting and what each means for the signal. */
export type Choices = ReadonlyArray<{ values: readonly string[]; value: boolean; means: string }>;

/** The reading for the value shown, if it is one of the known choices. */
function chosen(place: string, found: FoundLabel, shown: string, choices: Choices): Observation | null {
  const choice = choices.find(({ values }) => values.some((v) => fold(v) === shown));
  if (!choice) return null;
  return { value: choice.value, source: `${place}: "${found.label}" is "${shown}", ${choice.means}` };
}

/** A settings choice (dropdown, radio group) read from its label and the value shown beside it. */
export function settingChoice(place: string, labels: readonly string[], choices: Choices): CustomReader {
  return (ctx) => {
    const found = findLabel(ctx, labels);
    const shown = found ? valueBeside(found) : null;
    return found && shown !== null ? chosen(place, found, shown, choices) : null;
  };
}

const MAX_OPTIONS = 40;
const RADIO = 'input[type="radio"], [role="radio"][aria-checked]';
// A checkbox styled as a switch is the setting's own on/off, not one of its options.
const CHECKBOX = 'input[type="checkbox"]:not([role="switch"]), [role="checkbox"][aria-checked]';

function isChecked(control: Element): boolean {
  return control.tagName === 'INPUT'
    ? (control as HTMLInputElement).checked
    : control.getAttribute('aria-checked') === 'true';
}

/** The visible name of a radio or checkbox: its <label>, else its aria-label, else its parent's text. */
function optionName(control: Element): string {
  const id = control.getAttribute('id');
  const labels = id ? [...control.ownerDocument.getElementsByTagName('label')] : [];
  const byFor = labels.find((label) => label.getAttribute('for') === id);
  const text =
    control.closest('label')?.textContent ||
    byFor?.textContent ||
    control.getAttribute('aria-label') ||
    control.parentElement?.textContent ||
    '';
  return fold(text);
}

/** The controls of one kind in the nearest ancestor of the label that holds any (the setting's group). */
function optionsBeside(label: Element, selector: string): Element[] {
  let row = label.parentElement;
  for (let depth = 0; row && depth < ROW_DEPTH; depth++, row = row.parentElement) {
    const options = [...row.querySelectorAll(selector)];
    // A real setting offers a handful of choices; a page listing thousands gets no reading at all.
    if (options.length > MAX_OPTIONS) return [];
    if (options.length > 0) return options;
  }
  return [];
}

/** A radio-group setting read from its label and the name of its checked option. */
export function settingRadio(place: string, labels: readonly string[], choices: Choices): CustomReader {
  return (ctx) => {
    const found = findLabel(ctx, labels);
    const checked = found ? optionsBeside(found.element, RADIO).find(isChecked) : undefined;
    return found && checked ? chosen(place, found, optionName(checked), choices) : null;
  };
}

/** The names of the checked boxes in a setting's group of checkboxes (null if the label or boxes are not shown). */
export function checkedNamesBeside(
  ctx: ReadContext,
  labels: readonly string[],
): { label: string; names: string[] } | null {
  const found = findLabel(ctx, labels);
  const boxes = found ? optionsBeside(found.element, CHECKBOX) : [];
  if (!found || boxes.length === 0) return null;
  return { label: found.label, names: boxes.filter(isChecked).map(optionName) };
}

/** Several settings that each allow the same thing: on if any shown is on, off if every one shown is off. */
export function anySettingOn(place: string, settings: ReadonlyArray<readonly string[]>): CustomReader {
  const readers = settings.map((labels) => settingToggle(place, labels));
  return (ctx) => {
    const seen = readers.map((read) => read(ctx)).filter((reading) => reading !== null);
    const on = seen.find((reading) => reading.value === true);
    if (on || seen.length === 0) return on ?? null;
    return { value: false, source: seen.map((reading) => reading.source).join('; ') };
  };
}
