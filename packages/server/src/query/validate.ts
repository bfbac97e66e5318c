/**
 * A client's request body, checked field by field before anything else looks at it: only the
 * fields a plan has, of the types they have, within bounds, and rebuilt as fresh objects, so an
 * extra field, a `__proto__` key or a tree a thousand levels deep stops here with BAD_REQUEST.
 * Names and measures are then checked against the catalogue by core's renderPlan.
 */

import {
  FILTER_PREDICATES,
  MAX_LOOKUPS,
  MAX_MEASURE_LENGTH,
  REQUEST_ID,
  TRUNC_UNITS,
  type FilterClause,
  type PlanForm,
  type PlanGroup,
  type PlanLookup,
  type PlanMeasure,
  type PlanOrder,
  type QueryPlan,
} from '@pantau/core';
import { count, fail, flag, list, object, text } from './json-fields.ts';
import { measureNode } from './validate-measure.ts';

/** Result names: a measure is named by its text, up to the grammar's length. */
const MAX_NAME = MAX_MEASURE_LENGTH;

export interface ValidatedRequest {
  id: string;
  plan: QueryPlan;
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
    'lookups',
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
  if (raw['lookups'] !== undefined) {
    plan.lookups = list(raw['lookups'], `${where}.lookups`, MAX_LOOKUPS).map((l, i) =>
      lookup(l, `${where}.lookups[${i}]`),
    );
  }
  return plan;
}

/** Names only: the catalogue and both tables' schemas check them when the plan renders. */
function lookup(value: unknown, where: string): PlanLookup {
  const raw = object(value, where, ['table', 'key', 'on', 'column', 'as']);
  return {
    table: text(raw['table'], `${where}.table`, 63),
    key: text(raw['key'], `${where}.key`, 255),
    on: text(raw['on'], `${where}.on`, 255),
    column: text(raw['column'], `${where}.column`, 255),
    as: text(raw['as'], `${where}.as`, 255),
  };
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
  if (raw['as'] !== undefined) out.as = text(raw['as'], `${where}.as`, MAX_NAME);
  return out;
}

function measure(value: unknown, where: string): PlanMeasure {
  const raw = object(value, where, ['as', 'measure', 'text']);
  const out: PlanMeasure = {
    as: text(raw['as'], `${where}.as`, MAX_NAME),
    measure: measureNode(raw['measure'], `${where}.measure`, 0, { nodes: 0 }),
  };
  if (raw['text'] !== undefined) out.text = text(raw['text'], `${where}.text`);
  return out;
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
  const out: PlanOrder = { key: text(raw['key'], `${where}.key`, MAX_NAME) };
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
      as: text(raw['as'], `${where}.as`, MAX_NAME),
    };
  }
  fail(where, 'kind harus page atau match.', 'kind must be page or match.');
}
