/**
 * The masthead's switches: language (Bahasa Indonesia / English), light or dark theme, print.
 * The choice is kept in the URL (`?lang=en&theme=dark`) so a shared link opens the same way.
 */
import type { PantauDashboard } from '@pantau/widgets';
import type { Lang } from './i18n.ts';

export type Theme = 'light' | 'dark';

function param(name: string): string | null {
  return new URLSearchParams(location.search).get(name);
}

function setParam(name: string, value: string, fallback: string): void {
  const url = new URL(location.href);
  if (value === fallback) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  history.replaceState(null, '', url);
}

/** `?lang=en` or the reader's browser language; Indonesian otherwise. */
export function initialLang(): Lang {
  const asked = param('lang') ?? '';
  if (asked === 'en' || asked === 'id') return asked;
  return 'id';
}

/** `?theme=dark`, else the reader's system setting. */
export function initialTheme(): Theme {
  const asked = param('theme');
  if (asked === 'dark' || asked === 'light') return asked;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The dashboard's widgets and the page around them change together. */
export function applyTheme(dashboard: PantauDashboard, theme: Theme): void {
  dashboard.setAttribute('theme', theme);
  document.documentElement.dataset['theme'] = theme;
  const toggle = document.querySelector<HTMLButtonElement>('.theme-toggle');
  toggle?.setAttribute('aria-pressed', String(theme === 'dark'));
}

export function bindControls(
  dashboard: PantauDashboard,
  handlers: { onLang(lang: Lang): void },
): void {
  const langButtons = [...document.querySelectorAll<HTMLButtonElement>('.lang-switch button')];
  const pressLang = (lang: Lang) => {
    for (const button of langButtons) {
      button.setAttribute('aria-pressed', String(button.dataset['lang'] === lang));
    }
  };
  pressLang(initialLang());
  for (const button of langButtons) {
    button.addEventListener('click', () => {
      const lang: Lang = button.dataset['lang'] === 'en' ? 'en' : 'id';
      pressLang(lang);
      setParam('lang', lang, 'id');
      handlers.onLang(lang);
    });
  }

  document.querySelector('.theme-toggle')?.addEventListener('click', () => {
    const theme: Theme = dashboard.getAttribute('theme') === 'dark' ? 'light' : 'dark';
    setParam('theme', theme, 'light');
    applyTheme(dashboard, theme);
  });

  document.querySelector('.print-button')?.addEventListener('click', () => print());
}
