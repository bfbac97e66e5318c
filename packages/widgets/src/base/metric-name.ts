/**
 * The named metric a measure is, `ikm` for both `ikm` and `ikm("U1 Persyaratan", ..., "U9 ...")`,
 * or '' for anything else (`sum(x)`, `ikm + 1`): what picks a measure's default format, grade
 * scale and how its change is written. Read from the text, as the element classes do at load,
 * before the grammar's module is loaded; the compiler checks the rest.
 */
const METRIC =
  /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\((?:\s*(?:"(?:[^"]|"")*"|[A-Za-z_][A-Za-z0-9_]*)\s*,?)*\))?\s*$/;

export function metricNameOf(measure: string | undefined): string {
  return METRIC.exec(measure ?? '')?.[1]?.toLowerCase() ?? '';
}
