/**
 * The table's `columns` attribute read into column specs: items separated by commas, a heading
 * after the last colon (`columns="unit_code:Unit, ikm:IKM, count(*):Responden"`); commas and
 * colons inside quotes or parentheses belong to the item (`ikm("U1 Persyaratan", …)`).
 */

import { attributeError } from '../base/attribute-checks.ts';

export interface ColumnSpec {
  /** The expression as written: a column name or a measure. */
  expression: string;
  /** The heading: the text after the last colon, else the expression (or the column's name). */
  label: string;
  /**
   * Whether `label` is a heading the page wrote (or a column's own name); else it is the
   * expression, and what the reader sees is `columnHeading`'s label for it, never the text.
   */
  titled: boolean;
}

/** Splits on `separator` outside double quotes and parentheses. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && c === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The `columns` attribute as column specs; [] for every column of the table. */
export function parseColumns(attribute: string): ColumnSpec[] {
  if (attribute.trim() === '') return [];
  return splitTopLevel(attribute, ',').map((item) => {
    const pieces = splitTopLevel(item, ':');
    const hasLabel = pieces.length > 1;
    const expression = (hasLabel ? pieces.slice(0, -1).join(':') : item).trim();
    const label = hasLabel ? (pieces.at(-1) ?? '').trim() : expression;
    if (expression === '' || label === '') {
      throw attributeError(
        `Atribut columns berisi bagian kosong ("${item.trim().slice(0, 60)}"): tulis nama kolom atau ukuran, dipisah koma, mis. columns="unit_code:Unit, ikm:IKM".`,
        `The columns attribute has an empty item ("${item.trim().slice(0, 60)}"): write column names or measures separated by commas, e.g. columns="unit_code:Unit, ikm:IKM".`,
        { attribute: 'columns', item },
      );
    }
    return { expression, label, titled: hasLabel };
  });
}
