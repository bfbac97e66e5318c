/**
 * The chart as an image that stands alone (a report, a WhatsApp message): its own background,
 * the theme's colours written out (no CSS variable is left for a viewer to miss), and the title,
 * period, source and a "Pantau" line as text in the picture. SVG, or PNG drawn from that SVG.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const PADDING = 16;
const TITLE_SIZE = 16;
const NOTE_SIZE = 12;
const LINE = 1.35;

/** The words around the drawing; `period` null when unknown. */
export interface ImageFrame {
  title: string;
  period: string | null;
  source: string;
  stamp: string;
}

export interface ImageFile {
  /** The SVG document. */
  text: string;
  width: number;
  height: number;
  /** Where the drawing sits, for a canvas layer drawn under it. */
  chart: { x: number; y: number; width: number; height: number };
  background: string;
}

interface Palette {
  background: string;
  text: string;
  muted: string;
  font: string;
}

/**
 * The SVG file: the frame's words above and below the drawing (`svg`, or the empty box of a
 * canvas drawing of `size`). With `background: false` the backdrop is left out, for a PNG that
 * paints it under a canvas layer first.
 */
export function imageFile(
  svg: SVGSVGElement | null,
  host: Element,
  frame: ImageFrame,
  size: { width: number; height: number },
  background = true,
): ImageFile {
  const style = getComputedStyle(host);
  const palette = paletteOf(style);
  const chartWidth = Math.round(numberAttr(svg, 'width') ?? size.width);
  const chartHeight = Math.round(numberAttr(svg, 'height') ?? size.height);
  // The drawing keeps its size; the margin goes around it, as around the words.
  const width = chartWidth + 2 * PADDING;
  const root = element('svg', { xmlns: SVG_NS, 'font-family': palette.font });
  const inner = chartWidth;
  let y = PADDING;
  const write = (text: string, fontSize: number, bold: boolean, fill: string) => {
    for (const line of wrap(text, inner, `${bold ? 'bold ' : ''}${fontSize}px ${palette.font}`)) {
      y += fontSize;
      const attrs = { x: PADDING, y, 'font-size': fontSize, fill, 'font-weight': bold ? 700 : 400 };
      root.append(element('text', attrs, line));
      y += fontSize * (LINE - 1);
    }
  };
  if (frame.title.trim() !== '') write(frame.title, TITLE_SIZE, true, palette.text);
  if (frame.period !== null) write(frame.period, NOTE_SIZE, false, palette.muted);
  y += y > PADDING ? 8 : 0;
  const chart = { x: PADDING, y: Math.round(y), width: chartWidth, height: chartHeight };
  if (svg !== null) root.append(drawing(svg, style, chart));
  y = chart.y + chartHeight + 8;
  write(frame.source, NOTE_SIZE, false, palette.muted);
  write(frame.stamp, NOTE_SIZE, false, palette.muted);
  const height = Math.round(y + PADDING);
  for (const [name, value] of [
    ['width', width],
    ['height', height],
  ] as const)
    root.setAttribute(name, String(value));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (background) {
    const backdrop = element('rect', { width, height, fill: palette.background });
    backdrop.setAttribute('class', 'pantau-export-background');
    root.prepend(backdrop);
  }
  const text = new XMLSerializer().serializeToString(root);
  return { text, width, height, chart, background: palette.background };
}

/** The copy of the drawing placed in the file, every `var(...)` in it written out. */
function drawing(svg: SVGSVGElement, style: CSSStyleDeclaration, box: ImageFile['chart']) {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      if (attr.value.includes('var(')) el.setAttribute(attr.name, resolveVars(attr.value, style));
    }
  }
  copy.setAttribute('x', String(box.x));
  copy.setAttribute('y', String(box.y));
  return copy;
}

/**
 * `var(--name)` and `var(--name, fallback)` replaced by the value on the element, or the
 * fallback (itself resolved, so `var(--a, var(--b, #fff))` ends as a colour); nested parentheses
 * such as `rgb(...)` in a fallback are kept whole.
 */
function resolveVars(text: string, style: CSSStyleDeclaration): string {
  let out = '';
  let at = 0;
  for (let start = text.indexOf('var(', at); start >= 0; start = text.indexOf('var(', at)) {
    let depth = 0;
    let end = start + 3;
    let comma = -1;
    for (; end < text.length; end++) {
      const c = text[end];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
      else if (c === ',' && depth === 1 && comma < 0) comma = end;
    }
    const name = text.slice(start + 4, comma < 0 ? end : comma).trim();
    const fallback = comma < 0 ? '' : resolveVars(text.slice(comma + 1, end), style).trim();
    const value = style.getPropertyValue(name).trim();
    out += text.slice(at, start) + (value === '' ? fallback : value);
    at = end + 1;
  }
  return out + text.slice(at);
}

/** The theme in force on the element: its chart-level tokens, which the page may set. */
function paletteOf(style: CSSStyleDeclaration): Palette {
  const token = (name: string, fallback: string) =>
    resolveVars(style.getPropertyValue(name), style).trim() || fallback;
  return {
    background: token('--pantau-chart-background', '#ffffff'),
    text: token('--pantau-chart-text', '#1f2937'),
    muted: token('--pantau-chart-muted', '#4b5563'),
    font: token('--pantau-sys-font', 'system-ui, sans-serif'),
  };
}

/** Lines of at most `width` pixels in `font`, broken between words. */
function wrap(text: string, width: number, font: string): string[] {
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) return [text];
  context.font = font;
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function element(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  // Words reach the file as text nodes, never as markup.
  if (text !== undefined) el.textContent = text;
  return el;
}

function numberAttr(svg: SVGSVGElement | null, name: string): number | null {
  const value = Number.parseFloat(svg?.getAttribute(name) ?? '');
  return Number.isFinite(value) && value > 0 ? value : null;
}

/**
 * A PNG at twice the size (sharp on high-density screens and in print): the backdrop, a dense
 * chart's canvas layer in the drawing's box, then the SVG file (words, axes, marks) over both.
 */
export async function imagePng(file: ImageFile, layer: HTMLCanvasElement | null): Promise<Blob> {
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(file.width * scale);
  canvas.height = Math.round(file.height * scale);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2d context');
  context.scale(scale, scale);
  context.fillStyle = file.background;
  context.fillRect(0, 0, file.width, file.height);
  const { x, y, width, height } = file.chart;
  if (layer !== null) context.drawImage(layer, x, y, width, height);
  // A data: URL, not blob:: a strict CSP's `img-src 'self' data:` allows it.
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(file.text)}`;
  await image.decode();
  context.drawImage(image, 0, 0, file.width, file.height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
      'image/png',
    ),
  );
}
