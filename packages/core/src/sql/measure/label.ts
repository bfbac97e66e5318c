/**
 * What a reader calls a measure: the heading of a data table or a CSV column where a page gave
 * none. A column is its own name (unquoted: `"Tanggal Survei"` reads Tanggal Survei), a metric
 * its name in the page's language (`ikm_nrr_u1` reads NRR U1 Persyaratan), an aggregate says
 * what it does (`sum(received)` reads Jumlah received / Total received). Never SQL text.
 */

import { MEASURE_ERRORS, sayBoth } from '@pantau/messages';
import type { Lang } from '../../errors/pantau-error.ts';
import { defaultMetrics, type MetricRegistry } from '../metrics.ts';
import type { AggregateFunction, MeasureNode } from './ast.ts';
import { parseMeasure } from './parse.ts';

/** `{x}` is the argument's own label. */
const AGGREGATE_WORDS: Readonly<Record<AggregateFunction, Record<Lang, string>>> = {
  sum: sayBoth(MEASURE_ERRORS, 'totalX'),
  avg: sayBoth(MEASURE_ERRORS, 'averageX'),
  min: sayBoth(MEASURE_ERRORS, 'minimumX'),
  max: sayBoth(MEASURE_ERRORS, 'maximumX'),
  median: sayBoth(MEASURE_ERRORS, 'medianX'),
  count: sayBoth(MEASURE_ERRORS, 'countX'),
  count_distinct: sayBoth(MEASURE_ERRORS, 'distinctX'),
};

const ROW_COUNT: Record<Lang, string> = sayBoth(MEASURE_ERRORS, 'numberRecords');

const OPERATORS: Readonly<Record<string, string>> = { '+': '+', '-': '−', '*': '×', '/': '/' };

/**
 * The label of a measure, given as text in the measure grammar or as its parsed tree. Text that
 * does not parse (a heading, a name with spaces that was never quoted) is its own label.
 */
export function measureLabel(
  measure: string | MeasureNode,
  lang: Lang,
  metrics: MetricRegistry = defaultMetrics,
): string {
  if (typeof measure !== 'string') return nodeLabel(measure, lang, metrics);
  try {
    return nodeLabel(parseMeasure(measure), lang, metrics);
  } catch {
    return measure.trim();
  }
}

function nodeLabel(node: MeasureNode, lang: Lang, metrics: MetricRegistry): string {
  switch (node.kind) {
    case 'number':
      return lang === 'id' ? node.text.replace('.', ',') : node.text;
    case 'name':
      return node.quoted ? node.name : (metrics.get(node.name)?.label[lang] ?? node.name);
    case 'aggregate':
      if (node.arg === null) return ROW_COUNT[lang];
      return AGGREGATE_WORDS[node.fn][lang].replace('{x}', nodeLabel(node.arg, lang, metrics));
    case 'negate':
      return `−${operand(node.operand, lang, metrics)}`;
    case 'binary': {
      const left = operand(node.left, lang, metrics);
      const right = operand(node.right, lang, metrics);
      return `${left} ${OPERATORS[node.op] ?? node.op} ${right}`;
    }
    case 'metric':
      return calledMetricLabel(node, lang, metrics);
    default:
      return otherLabel(node, lang, metrics);
  }
}

/** ikm("U1 …", …) or ikm_nrr("U3 Waktu"): the label of the metric defined on those columns. */
function calledMetricLabel(
  node: Extract<MeasureNode, { kind: 'metric' }>,
  lang: Lang,
  metrics: MetricRegistry,
): string {
  const metric = metrics.get(node.name);
  // "Jumlah (orang)" parses as a call of a metric that does not exist: a heading, kept as written.
  if (metric === undefined) throw new Error(`unknown metric ${node.name}`);
  const columns = node.args.flatMap((a) => (a.kind === 'name' ? [a.name] : []));
  let defined = metric;
  try {
    if (metric?.columnArguments && columns.length === node.args.length) {
      defined = metric.columnArguments.define(columns);
    }
  } catch {
    // A wrong count is the compiler's error to give; the label falls back to the metric's own.
  }
  return defined.label[lang];
}

/** A sum or difference inside another operation keeps its parentheses: (a + b) / c. */
function operand(node: MeasureNode, lang: Lang, metrics: MetricRegistry): string {
  const text = nodeLabel(node, lang, metrics);
  return node.kind === 'binary' ? `(${text})` : text;
}

/** A node kind this file does not know yet: its metric's name, if it has one. */
function otherLabel(node: never, lang: Lang, metrics: MetricRegistry): string {
  const name = (node as { name?: unknown }).name;
  if (typeof name !== 'string') return '';
  return metrics.get(name)?.label[lang] ?? name;
}
