/**
 * Downloads: the rows drawn as CSV, the chart as SVG or PNG. CSS variables in the drawing are
 * resolved against the element first, so the file looks like the page and opens anywhere.
 */

import type { Row } from '@pantau/core';

/** Cells that spreadsheets would run as formulas start with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 CSV, UTF-8 with a BOM so Excel in Indonesian locale reads the names right. Text that a
 * spreadsheet would treat as a formula (`=HYPERLINK(...)`) is prefixed with `'`.
 */
export function rowsToCsv(names: readonly string[], rows: readonly Row[]): string {
  const lines = [names.map(csvCell).join(',')];
  for (const row of rows) lines.push(names.map((n) => csvCell(row[n])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * A figure that cannot be computed (NaN: a ratio over a zero denominator) is written as Excel's
 * own error value `#DIV/0!`: Excel, LibreOffice and Google Sheets read it back as that error, it
 * is what the same formula gives in the sheet, and SUM/AVERAGE over the column then show the
 * error instead of quietly skipping the cell. An empty cell would read as "not reported" (null,
 * which stays empty) and a 0 as a real zero.
 */
export const CSV_NOT_COMPUTABLE = '#DIV/0!';

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return CSV_NOT_COMPUTABLE;
  let text: string;
  if (value instanceof Date) text = value.toISOString().replace('T00:00:00.000Z', '');
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A standalone SVG document of `svg`, its `var(--x, fallback)` colours resolved on `host`. */
export function svgToFile(svg: SVGSVGElement, host: Element): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const style = getComputedStyle(host);
  const resolve = (text: string) =>
    text.replace(
      /var\((--[\w-]+)\s*,\s*([^()]*(?:\([^()]*\))?[^()]*)\)/g,
      (_, name: string, fallback: string) => {
        const value = style.getPropertyValue(name).trim();
        return value === '' ? fallback.trim() : value;
      },
    );
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      if (attr.value.includes('var(')) el.setAttribute(attr.name, resolve(attr.value));
    }
  }
  return new XMLSerializer().serializeToString(copy);
}

/**
 * A PNG at twice the size on screen (sharp on high-density screens and in print): the canvas
 * layer of a dense chart first, when there is one, then the SVG drawing or overlay on top.
 */
export async function toPng(
  svgText: string | null,
  layer: HTMLCanvasElement | null,
  width: number,
  height: number,
): Promise<Blob> {
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2d context');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  if (layer !== null) context.drawImage(layer, 0, 0, canvas.width, canvas.height);
  if (svgText !== null) {
    // A data: URL, not blob:: a strict CSP's `img-src 'self' data:` allows it.
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
    await image.decode();
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
  }
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
      'image/png',
    ),
  );
}

/** Saves a file through a temporary link (no popup, no navigation). */
export function download(content: Blob | string, fileName: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the chart's title: lower case, dashes, no path characters. */
export function fileNameOf(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'pantau'}.${extension}`;
}
