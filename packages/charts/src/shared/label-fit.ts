/**
 * Labels that fit their room and stay apart. Cutting every label at its end turns five
 * kecamatan into five "Kec. Banjarmasin…" and three services into three "Surat Keteran…": the
 * part that tells them apart is what gets cut. Here each label is shortened only as far as its
 * room needs, in steps that keep the distinguishing part: well-known abbreviations ("Kecamatan
 * Banjarmasin Tengah" -> "Kec. Bjm Tengah"), then the words it shares with other labels on the
 * chart reduced to initials ("Surat Keterangan Domisili" -> "S. Ket. Domisili"), then a middle
 * ellipsis that keeps the end ("UPTD…Kelayan Timur"). Two different labels are never drawn the
 * same: when no form that tells a label apart fits, it is drawn empty (its full text stays in the
 * mark's title, the tooltip and the data table). Pure and DOM-free, like text.ts.
 */

import { ELLIPSIS, LABEL_FONT_SIZE, textWidth } from '../text.ts';

export interface LabelFitOptions {
  fontSize?: number;
  bold?: boolean;
  /** Lines a label may take (default 1); words stay whole on every line but a shortened last. */
  lines?: number;
  /** Px kept free at the end of the last line (a donut's share goes there), or per label. */
  reserveLast?: number | readonly number[];
}

export interface FittedLabel {
  /** The lines to draw, at least one; `['']` when nothing that tells the label apart fits. */
  lines: string[];
  /** True when the lines are not the whole label: the caller keeps it in a `<title>`. */
  truncated: boolean;
}

/**
 * Shortenings readers of Banjarmasin's dashboards know, longest first. Whole words only; a word
 * written in lower case keeps its abbreviation in lower case.
 */
const ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['Unit Pelaksana Teknis Daerah', 'UPTD'],
  ['Sekretariat Daerah', 'Setda'],
  ['Kecamatan', 'Kec.'],
  ['Kelurahan', 'Kel.'],
  ['Kabupaten', 'Kab.'],
  ['Provinsi', 'Prov.'],
  ['Banjarmasin', 'Bjm'],
  ['Puskesmas', 'Pusk.'],
  ['Keterangan', 'Ket.'],
];

const ABBREVIATION_PATTERNS = ABBREVIATIONS.map(
  ([long, short]) =>
    [new RegExp(`(?<![\\p{L}\\p{N}])${long}(?![\\p{L}\\p{N}])`, 'giu'), short] as const,
);

/** `text` with every known long word replaced by its abbreviation. */
export function abbreviateLabel(text: string): string {
  let out = text;
  for (const [pattern, short] of ABBREVIATION_PATTERNS) {
    out = out.replace(pattern, (found) =>
      found[0] === found[0]!.toLowerCase() ? short[0]!.toLowerCase() + short.slice(1) : short,
    );
  }
  return out;
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');

/** A word read as an abbreviation already: "Kec.", "UPTD", "U8", "Bjm". */
const isShort = (word: string) => word.endsWith('.') || word.length <= 3 || !/\p{Ll}/u.test(word);

/** Initial and a full stop for a long word; a short or abbreviated word as it is. */
const initial = (word: string) => (isShort(word) ? word : `${[...word][0]}.`);

/**
 * `text` with the leading words it shares with another of `others` reduced to initials, keeping
 * at least its last word whole: "Surat Ket. Domisili" beside "Surat Ket. Sehat" reads
 * "S. Ket. Domisili".
 */
export function compactSharedPrefix(text: string, shared: number): string {
  const ws = words(text);
  const n = Math.min(shared, ws.length - 1);
  if (n <= 0) return ws.join(' ');
  return [...ws.slice(0, n).map(initial), ...ws.slice(n)].join(' ');
}

/** Per label, how many leading words it shares with the most similar other label. */
function sharedPrefixes(texts: readonly string[]): number[] {
  const keys = texts.map((t) => words(t.toLowerCase()));
  // Neighbours in sorted order share the longest prefixes.
  const order = keys.map((_, i) => i).sort((a, b) => cmp(keys[a]!, keys[b]!));
  const shared = new Array<number>(texts.length).fill(0);
  for (let k = 1; k < order.length; k++) {
    const a = order[k - 1]!;
    const b = order[k]!;
    const ka = keys[a]!;
    const kb = keys[b]!;
    if (ka.join(' ') === kb.join(' ')) continue; // the same label twice is not "another"
    let n = 0;
    while (n < ka.length && n < kb.length && ka[n] === kb[n]) n++;
    shared[a] = Math.max(shared[a]!, n);
    shared[b] = Math.max(shared[b]!, n);
  }
  return shared;
}

function cmp(a: readonly string[], b: readonly string[]): number {
  const x = a.join('\u0000');
  const y = b.join('\u0000');
  return x < y ? -1 : x > y ? 1 : 0;
}

interface Measure {
  (text: string): number;
}

/** The first `count` code points of `text`, and the last. */
const head = (chars: readonly string[], count: number) => chars.slice(0, count).join('');
const tail = (chars: readonly string[], count: number) =>
  count <= 0 ? '' : chars.slice(-count).join('');

/**
 * Every one-line shortening of `text` within `room`, best first: the end kept with the first word
 * before "…" (a middle ellipsis), then the start with "…" at the end (first, when the start alone
 * tells the label apart), then only the end, then middle ellipses with longer heads. Each is
 * tried in turn until one is not taken by another label.
 */
function* shortenings(
  text: string,
  room: number,
  measure: Measure,
  startTellsApart: boolean,
): Generator<string> {
  const chars = [...text];
  // The end that fits after `h` + "…": from a word's start where the end holds one (so
  // "Kec.…Tengah", not "Kec.…m Tengah"), else cut inside a word.
  const withTail = (h: string): string[] => {
    const budget = room - measure(h + ELLIPSIS);
    if (budget < 0) return [];
    let n = 0;
    while (n < chars.length - h.length && measure(tail(chars, n + 1)) <= budget) n++;
    const cut = tail(chars, n);
    const midWord = n < chars.length && !/\s/.test(chars[chars.length - n - 1] ?? ' ');
    const space = cut.search(/\s\S/);
    const forms = midWord && space >= 0 ? [cut.slice(space + 1), cut] : [cut];
    return forms
      .map((t) => t.trimStart())
      .filter((t) => t !== '')
      .map((t) => `${h.trimEnd()}${ELLIPSIS}${t}`);
  };
  let start = 0;
  while (start < chars.length && measure(head(chars, start + 1) + ELLIPSIS) <= room) start++;
  const end = head(chars, start).trimEnd();
  // A label whose first word is its own reads best cut at its end, as any other text.
  if (startTellsApart && end !== '') yield end + ELLIPSIS;
  const firstWord = words(text)[0] ?? '';
  if (firstWord.length < chars.length && measure(firstWord) <= room / 2) yield* withTail(firstWord);
  if (!startTellsApart && end !== '') yield end + ELLIPSIS;
  yield* withTail('');
  for (let h = 1; h < chars.length; h++) {
    const forms = withTail(head(chars, h));
    if (forms.length === 0) break;
    yield* forms;
  }
}

/**
 * `text` on at most `lines` lines of `room` px with every word whole (the last line leaving
 * `reserve` px), or null when it does not fit so.
 */
function wrapWhole(
  text: string,
  room: number,
  lines: number,
  reserve: number,
  measure: Measure,
): string[] | null {
  const out: string[] = [];
  let line = '';
  for (const word of words(text)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (measure(next) <= room) {
      line = next;
      continue;
    }
    if (line === '' || out.length + 1 >= lines) return null;
    out.push(line);
    line = word;
    if (measure(line) > room) return null;
  }
  out.push(line);
  if (measure(out[out.length - 1]!) > room - reserve) {
    if (out.length >= lines) return null;
    out.push('');
  }
  return out;
}

/**
 * Fits each of `labels` into its room (`room`, or `room[i]` px), on `options.lines` lines, so that
 * no two different labels are drawn the same. Labels that fit whole are kept whole.
 */
export function fitLabels(
  labels: readonly string[],
  room: number | readonly number[],
  options: LabelFitOptions = {},
): FittedLabel[] {
  const fontSize = options.fontSize ?? LABEL_FONT_SIZE;
  const bold = options.bold === true;
  const maxLines = Math.max(1, options.lines ?? 1);
  const reserveOf = (i: number) => {
    const r = options.reserveLast ?? 0;
    return typeof r === 'number' ? r : (r[i] ?? 0);
  };
  const measure: Measure = (text) => textWidth(text, fontSize, bold);
  const roomOf = (i: number) => Math.max(0, typeof room === 'number' ? room : (room[i] ?? 0));
  const out = new Array<FittedLabel>(labels.length);
  // Drawn text -> the label drawn so: a second label may not take it.
  const taken = new Map<string, string>();
  const free = (lines: readonly string[], label: string) => {
    const owner = taken.get(lines.join('\n'));
    return owner === undefined || owner === label;
  };
  const take = (i: number, lines: string[], truncated: boolean) => {
    out[i] = { lines, truncated };
    taken.set(lines.join('\n'), labels[i]!);
  };
  const pending: number[] = [];
  labels.forEach((label, i) => {
    const whole = wrapWhole(label, roomOf(i), maxLines, reserveOf(i), measure);
    if (whole !== null) take(i, whole, false);
    else pending.push(i);
  });
  if (pending.length === 0) return out;
  const abbreviated = labels.map(abbreviateLabel);
  const shared = sharedPrefixes(abbreviated);
  for (const i of pending) {
    const label = labels[i]!;
    const width = roomOf(i);
    const compact = compactSharedPrefix(abbreviated[i]!, shared[i]!);
    let done = false;
    for (const form of new Set([abbreviated[i]!, compact])) {
      const lines = wrapWhole(form, width, maxLines, reserveOf(i), measure);
      if (lines !== null && free(lines, label)) {
        take(i, lines, true);
        done = true;
        break;
      }
    }
    if (done) continue;
    // Whole words on the first lines, the rest shortened on the last.
    const lead = leadingLines(compact, width, maxLines - 1, measure);
    const last = Math.max(0, width - reserveOf(i));
    const startTellsApart = shared[i] === 0 && lead.lines.length === 0;
    for (const form of shortenings(lead.rest, last, measure, startTellsApart)) {
      const lines = [...lead.lines, form];
      if (free(lines, label)) {
        take(i, lines, true);
        done = true;
        break;
      }
    }
    if (!done) out[i] = { lines: [''], truncated: true };
  }
  return out;
}

/**
 * Up to `count` lines of whole words from the start of `text`, and the rest (at least its last
 * word) for the line that is shortened.
 */
function leadingLines(
  text: string,
  room: number,
  count: number,
  measure: Measure,
): { lines: string[]; rest: string } {
  const ws = words(text);
  const lines: string[] = [];
  let k = 0;
  while (lines.length < count && k < ws.length - 1) {
    let line = ws[k]!;
    if (measure(line) > room) break;
    k++;
    while (k < ws.length - 1 && measure(`${line} ${ws[k]}`) <= room) line += ` ${ws[k++]}`;
    lines.push(line);
  }
  return { lines, rest: ws.slice(k).join(' ') };
}
