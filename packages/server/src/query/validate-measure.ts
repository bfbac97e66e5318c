/**
 * A measure's syntax tree from a client, rebuilt node by node: only the grammar's node kinds, only
 * its functions and operators, numbers as digits, at most 32 levels and 256 nodes, so a tree made
 * to exhaust the compiler's recursion stops here.
 */

import { AGGREGATE_FUNCTIONS, type MeasureNode } from '@pantau/core';
import { count, fail, flag, object, text, type Json } from './json-fields.ts';

const MAX_MEASURE_DEPTH = 32;
const MAX_MEASURE_NODES = 256;
/** IKM takes nine; room for a metric with a few more, not for a flood. */
const MAX_METRIC_COLUMNS = 32;
const NUMBER = /^(\d+(\.\d*)?|\.\d+)$/;
const OPERATORS = ['+', '-', '*', '/'];

export function measureNode(
  value: unknown,
  where: string,
  depth: number,
  seen: { nodes: number },
): MeasureNode {
  if (depth > MAX_MEASURE_DEPTH || ++seen.nodes > MAX_MEASURE_NODES) {
    fail(
      where,
      'ukuran terlalu dalam atau terlalu besar.',
      'the measure is too deep or too large.',
    );
  }
  const kind = (value as { kind?: unknown } | null)?.kind;
  const position = (raw: Json): number =>
    raw['position'] === undefined ? 0 : count(raw['position'], `${where}.position`);
  switch (kind) {
    case 'number': {
      const raw = object(value, where, ['kind', 'text', 'position']);
      const digits = text(raw['text'], `${where}.text`, 64);
      if (!NUMBER.test(digits)) fail(`${where}.text`, 'bukan angka.', 'is not a number.');
      return { kind, text: digits, position: position(raw) };
    }
    case 'name': {
      const raw = object(value, where, ['kind', 'name', 'quoted', 'position']);
      return {
        kind,
        name: text(raw['name'], `${where}.name`, 255),
        quoted: flag(raw['quoted'], `${where}.quoted`),
        position: position(raw),
      };
    }
    case 'aggregate': {
      const raw = object(value, where, ['kind', 'fn', 'arg', 'position']);
      const fn = raw['fn'];
      if (!(AGGREGATE_FUNCTIONS as readonly unknown[]).includes(fn)) {
        fail(
          `${where}.fn`,
          `harus salah satu dari ${AGGREGATE_FUNCTIONS.join(', ')}.`,
          `must be one of ${AGGREGATE_FUNCTIONS.join(', ')}.`,
        );
      }
      const arg =
        raw['arg'] === null ? null : measureNode(raw['arg'], `${where}.arg`, depth + 1, seen);
      return { kind, fn: fn as (typeof AGGREGATE_FUNCTIONS)[number], arg, position: position(raw) };
    }
    case 'metric':
      return metricNode(value, where, depth, seen);
    case 'negate': {
      const raw = object(value, where, ['kind', 'operand', 'position']);
      const operand = measureNode(raw['operand'], `${where}.operand`, depth + 1, seen);
      return { kind, operand, position: position(raw) };
    }
    case 'binary': {
      const raw = object(value, where, ['kind', 'op', 'left', 'right', 'position']);
      const op = raw['op'];
      if (!OPERATORS.includes(op as string))
        fail(`${where}.op`, 'harus + - * atau /.', 'must be + - * or /.');
      return {
        kind,
        op: op as '+' | '-' | '*' | '/',
        left: measureNode(raw['left'], `${where}.left`, depth + 1, seen),
        right: measureNode(raw['right'], `${where}.right`, depth + 1, seen),
        position: position(raw),
      };
    }
    default:
      fail(
        where,
        'bukan simpul ukuran (number, name, metric, aggregate, negate, binary).',
        'is not a measure node (number, name, metric, aggregate, negate, binary).',
      );
  }
}

/** `ikm("U1 Persyaratan", ...)`: the name and the column count are the registry's to check. */
function metricNode(
  value: unknown,
  where: string,
  depth: number,
  seen: { nodes: number },
): MeasureNode {
  const raw = object(value, where, ['kind', 'name', 'args', 'position']);
  if (!Array.isArray(raw['args']) || raw['args'].length > MAX_METRIC_COLUMNS) {
    fail(
      `${where}.args`,
      `harus daftar paling banyak ${MAX_METRIC_COLUMNS} nama kolom.`,
      `must be a list of at most ${MAX_METRIC_COLUMNS} column names.`,
    );
  }
  const args = (raw['args'] as unknown[]).map((arg, i) => {
    const node = measureNode(arg, `${where}.args[${i}]`, depth + 1, seen);
    if (node.kind !== 'name') {
      fail(`${where}.args[${i}]`, 'bukan nama kolom.', 'is not a column name.');
    }
    return node;
  });
  const position = raw['position'] === undefined ? 0 : count(raw['position'], `${where}.position`);
  return { kind: 'metric', name: text(raw['name'], `${where}.name`, 64), args, position };
}
