/**
 * Field checks for request JSON: each refuses with BAD_REQUEST naming where in the body it was
 * (`requests[0].plan.groups[1].column`) and what it takes, in both languages.
 */

import { badRequest } from '../errors.ts';

export const MAX_TEXT = 1000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Json = Record<string, unknown>;

export function fail(where: string, id: string, en: string): never {
  throw badRequest({ id: `${where}: ${id}`, en: `${where}: ${en}` }, { at: where });
}

export function object(value: unknown, where: string, allowed: readonly string[]): Json {
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

export function list(value: unknown, where: string, max = 64): unknown[] {
  if (!Array.isArray(value)) fail(where, 'harus berupa daftar (array).', 'must be a list (array).');
  if (value.length > max) {
    fail(where, `paling banyak ${max} unsur.`, `at most ${max} items.`);
  }
  return value;
}

export function text(value: unknown, where: string, max = MAX_TEXT): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) {
    fail(where, `harus teks 1 sampai ${max} karakter.`, `must be text of 1 to ${max} characters.`);
  }
  return value;
}

export function flag(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') fail(where, 'harus true atau false.', 'must be true or false.');
  return value;
}

export function count(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail(where, 'harus bilangan bulat tidak negatif.', 'must be a non-negative whole number.');
  }
  return value;
}
