/** The languages Pantau speaks: a page's `lang` picks one; errors carry both. */
export type Lang = 'id' | 'en';

/** A message in both of Pantau's languages. */
export interface BilingualText {
  id: string;
  en: string;
}
