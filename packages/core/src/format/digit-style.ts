import type { Lang } from '../errors/pantau-error.ts';
import type { DigitOptions } from './digits.ts';
import { cached } from './intl-cache.ts';
import { isMissing, isNotComputable, missingLabel, notComputableLabel } from './missing.ts';

type Formatter = (value: number | bigint) => string;

/**
 * One number style (plain, rupiah, percent, days): `formatter` resolves the Intl formatting once
 * for a language and digits (what an axis or a column formatting thousands of values calls);
 * `format` is the one-value form, which says "missing" and "not computable" in words first.
 */
export function digitStyle(build: (lang: Lang, options: DigitOptions) => Formatter): {
  format: (value: number | bigint | null | undefined, lang: Lang, options?: DigitOptions) => string;
  formatter: (lang: Lang, options?: DigitOptions) => Formatter;
} {
  const resolved = new Map<string, Formatter>();
  const formatter = (lang: Lang, options: DigitOptions = {}): Formatter =>
    cached(resolved, `${lang} ${options.decimals} ${options.minDecimals}`, () =>
      build(lang, options),
    );
  const format = (
    value: number | bigint | null | undefined,
    lang: Lang,
    options: DigitOptions = {},
  ): string => {
    if (isMissing(value)) return missingLabel(lang);
    if (isNotComputable(value)) return notComputableLabel(lang);
    return formatter(lang, options)(value);
  };
  return { format, formatter };
}
