/**
 * A client's request body, checked field by field before anything else looks at it: only the
 * fields a plan has, of the types they have, within bounds, and rebuilt as fresh objects, so an
 * extra field, a `__proto__` key or a tree a thousand levels deep stops here with BAD_REQUEST.
 * Names and measures are then checked against the catalogue by core's renderPlan.
 */

import {
  AGGREGATE_FUNCTIONS,
  FILTER_PREDICATES,
  REQUEST_ID,
  TRUNC_UNITS,
  type FilterClause,
  type MeasureNode,
  type PlanForm,
  type PlanGroup,
  type PlanMeasure,
  type PlanOrder,
  type QueryPlan,
} from '@pantau/core';
import { badRequest } from '../errors.ts';

export interface ValidatedRequest {
  id: string;
  plan: QueryPlan;
}

const MAX_ITEMS = 64;
const MAX_TEXT = 1000;
const MAX_MEASURE_DEPTH = 32;
const MAX_MEASURE_NODES = 256;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Json = Record<string, unknown>;

function fail(where: string, id: string, en: string): never {
  throw badRequest({ id: `${where}: ${id}`, en: `${where}: ${en}` }, { at: where });
}

function object(value: unknown, where: string, allowed: readonly string[]): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(where, 'harus berupa objek JSON.', 'must be a JSON object.');
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      fail(where, `kunci "${key}" dilarang.`, `the key "${key}" is forbidden.`);
    }
    if (!allowed.includes(key)) {
      fail(
        where,
        `kolom "${key.slice(0, 40)}" tidak dikenal; yang boleh: ${allowed.join(', ')}.`,
        `unknown field "${key.slice(0, 40)}"; allowed: ${allowed.join(', ')}.`,
      );
    }
  }
  return value as Json;
}

function list(value: unknown, where: string, max = MAX_ITEMS): unknown[] {
  if (!Array.isArray(value)) fail(where, 'harus berupa daftar (array).', 'must be a list (array).');
  if (value.length > max) {
    fail(where, `paling banyak ${max} unsur.`, `at most ${max} items.`);
  }
  return value;
}

function text(value: unknown, where: string, max = MAX_TEXT): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) {
    fail(where, `harus teks 1 sampai ${max} karakter.`, `must be text of 1 to ${max} characters.`);
  }
  return value;
}

function flag(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') fail(where, 'harus true atau false.', 'must be true or false.');
  return value;
}

function count(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail(where, 'harus bilangan bulat tidak negatif.', 'must be a non-negative whole number.');
  }
  return value;
}

/** The body of `POST query`: 1 to `maxRequests` requests with distinct ids. */
export function validateBody(body: unknown, maxRequests: number): ValidatedRequest[] {
  const root = object(body, 'body', ['requests']);
  const requests = list(root['requests'], 'requests', maxRequests);
  if (requests.length === 0) fail('requests', 'kosong.', 'is empty.');
  const seen = new Set<string>();
  return requests.map((item, i) => {
    const request = object(item, `requests[${i}]`, ['id', 'plan']);
    const id = request['id'];
    if (typeof id !== 'string' || !REQUEST_ID.test(id)) {
      fail(
        `requests[${i}].id`,
        'harus 1-64 huruf, angka, _, -, . atau :.',
        'must be 1-64 letters, digits, _, -, . or :.',
      );
    }
    if (seen.has(id))
      fail(`requests[${i}].id`, `"${id}" dipakai dua kali.`, `"${id}" is used twice.`);
    seen.add(id);
    return { id, plan: validatePlan(request['plan'], `requests[${i}].plan`) };
  });
}

export function validatePlan(value: unknown, where: string): QueryPlan {
  const raw = object(value, where, [
    'table',
    'groups',
    'measures',
    'filter',
    'order',
    'limit',
    'offset',
    'form',
  ]);
  const plan: QueryPlan = { table: text(raw['table'], `${where}.table`, 63) };
  if (raw['groups'] !== undefined) {
    plan.groups = list(raw['groups'], `${where}.groups`).map((g, i) =>
      group(g, `${where}.groups[${i}]`),
    );
  }
  if (raw['measures'] !== undefined) {
    plan.measures = list(raw['measures'], `${where}.measures`).map((m, i) =>
      measure(m, `${where}.measures[${i}]`),
    );
  }
  if (raw['filter'] !== undefined) {
    plan.filter = list(raw['filter'], `${where}.filter`).map((c, i) =>
      clause(c, `${where}.filter[${i}]`),
    );
  }
  if (raw['order'] !== undefined) {
    plan.order = list(raw['order'], `${where}.order`).map((o, i) =>
      order(o, `${where}.order[${i}]`),
    );
  }
  if (raw['limit'] !== undefined) plan.limit = count(raw['limit'], `${where}.limit`);
  if (raw['offset'] !== undefined) plan.offset = count(raw['offset'], `${where}.offset`);
  if (raw['form'] !== undefined) plan.form = form(raw['form'], `${where}.form`);
  return plan;
}

function group(value: unknown, where: string): PlanGroup {
  const raw = object(value, where, ['column', 'interval', 'as']);
  const out: PlanGroup = { column: text(raw['column'], `${where}.column`, 255) };
  const interval = raw['interval'];
  if (interval !== undefined && interval !== null) {
    if (!(TRUNC_UNITS as readonly unknown[]).includes(interval)) {
      fail(
        `${where}.interval`,
        `harus salah satu dari ${TRUNC_UNITS.join(', ')}.`,
        `must be one of ${TRUNC_UNITS.join(', ')}.`,
      );
    }
    out.interval = interval as PlanGroup['interval'];
  } else if (interval === null) {
    out.interval = null;
  }
  if (raw['as'] !== undefined) out.as = text(raw['as'], `${where}.as`, 255);
  return out;
}

function measure(value: unknown, where: string): PlanMeasure {
  const raw = object(value, where, ['as', 'measure', 'text']);
  const out: PlanMeasure = {
    as: text(raw['as'], `${where}.as`, 255),
    measure: measureNode(raw['measure'], `${where}.measure`, 0, { nodes: 0 }),
  };
  if (raw['text'] !== undefined) out.text = text(raw['text'], `${where}.text`);
  return out;
}

const NUMBER = /^(\d+(\.\d*)?|\.\d+)$/;
const OPERATORS = ['+', '-', '*', '/'];

function measureNode(
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
        'bukan simpul ukuran (number, name, aggregate, negate, binary).',
        'is not a measure node (number, name, aggregate, negate, binary).',
      );
  }
}

function clause(value: unknown, where: string): FilterClause {
  const raw = object(value, where, ['source', 'column', 'predicate', 'value']);
  const predicate = raw['predicate'];
  if (!(FILTER_PREDICATES as readonly unknown[]).includes(predicate)) {
    fail(
      `${where}.predicate`,
      `harus salah satu dari ${FILTER_PREDICATES.join(', ')}.`,
      `must be one of ${FILTER_PREDICATES.join(', ')}.`,
    );
  }
  const out: FilterClause = {
    column: text(raw['column'], `${where}.column`, 255),
    predicate: predicate as FilterClause['predicate'],
  };
  if (raw['value'] !== undefined) out.value = filterValue(raw['value'], `${where}.value`);
  return out;
}

/** A scalar, or a list of scalars (in, between): nothing else is a filter value. */
function filterValue(value: unknown, where: string): unknown {
  if (Array.isArray(value)) {
    return list(value, where, 1000).map((v, i) => scalar(v, `${where}[${i}]`));
  }
  return scalar(value, where);
}

function scalar(value: unknown, where: string): string | number | boolean | null {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  fail(
    where,
    'harus teks, angka, boolean atau null.',
    'must be text, a number, a boolean or null.',
  );
}

function order(value: unknown, where: string): PlanOrder {
  const raw = object(value, where, ['key', 'desc', 'caseless']);
  const out: PlanOrder = { key: text(raw['key'], `${where}.key`, 255) };
  if (raw['desc'] !== undefined) out.desc = flag(raw['desc'], `${where}.desc`);
  if (raw['caseless'] !== undefined) out.caseless = flag(raw['caseless'], `${where}.caseless`);
  return out;
}

function form(value: unknown, where: string): PlanForm {
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (kind === 'page') {
    const raw = object(value, where, ['kind', 'total']);
    return { kind, total: text(raw['total'], `${where}.total`, 255) };
  }
  if (kind === 'match') {
    const raw = object(value, where, ['kind', 'column', 'term', 'as']);
    return {
      kind,
      column: text(raw['column'], `${where}.column`, 255),
      term: text(raw['term'], `${where}.term`),
      as: text(raw['as'], `${where}.as`, 255),
    };
  }
  fail(where, 'kind harus page atau match.', 'kind must be page or match.');
}
