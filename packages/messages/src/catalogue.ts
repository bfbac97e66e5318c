/**
 * One lookup for every word Pantau writes. Words live in one file per language and area
 * (`id/ui.ts`, `en/ui.ts`, ...): Indonesian is the source of the keys and English must match it
 * key for key and argument for argument, or the build fails. Areas follow what loads together
 * (the elements at start, each lazily loaded module), so a page downloads only the words of the
 * code it runs.
 */

import type { BilingualText, Lang } from './lang.ts';

/**
 * A message is a string, or a small function when it takes values: the arguments are typed, and
 * each language formats them its own way (a decimal comma, a plural), which `{name}` placeholders
 * could not.
 */
export type Message = string | readonly string[] | ((...args: never[]) => string);

/** What a translation of `Source` must be: the same keys, each with the same shape. */
export type Translation<Source> = {
  readonly [K in keyof Source]: Source[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : Source[K] extends readonly string[]
      ? readonly string[]
      : string;
};

/**
 * One area's words in every language: `export const UI = { id, en } satisfies Catalogue<typeof id>`
 * (a plain object, not a call, so bundlers drop the areas a chunk does not use).
 */
export type Catalogue<Source extends Record<string, Message>> = Readonly<
  { id: Source } & { [L in Exclude<Lang, 'id'>]: Translation<Source> }
>;

type Words<C> = C extends Catalogue<infer Source> ? Source : never;

/** The keys of an area: `MessageKey<typeof UI>`. */
export type MessageKey<C> = keyof Words<C>;
type Args<M> = M extends (...args: infer A) => string ? A : [];
type Said<M> = M extends readonly string[] ? readonly string[] : string;

/** The message `key` of an area in `lang`, with its values filled in. */
export function say<C extends Catalogue<Record<string, Message>>, K extends keyof Words<C>>(
  area: C,
  lang: Lang,
  key: K,
  ...args: Args<Words<C>[K]>
): Said<Words<C>[K]> {
  const message = (area[lang] as Record<PropertyKey, Message>)[key]!;
  return (typeof message === 'function' ? message(...(args as never[])) : message) as Said<
    Words<C>[K]
  >;
}

/** The message in both languages, as a `PantauError` carries it. */
export function sayBoth<C extends Catalogue<Record<string, Message>>, K extends keyof Words<C>>(
  area: C,
  key: K,
  ...args: Args<Words<C>[K]>
): BilingualText {
  return {
    id: say(area, 'id', key, ...args) as string,
    en: say(area, 'en', key, ...args) as string,
  };
}
