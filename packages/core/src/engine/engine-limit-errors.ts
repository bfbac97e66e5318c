import { PantauError } from '../errors/pantau-error.ts';

/** setEngineLimits()'s refusals, loaded only when one is needed (engine-limits.ts). */
export function engineLimitError(kind: 'size' | 'late', value: string): PantauError {
  const shown = value.slice(0, 40);
  if (kind === 'size') {
    return new PantauError({
      code: 'ENGINE_FAILED',
      text: {
        id: `Ukuran "${shown}" tidak dikenali. Tulis seperti "800MB" atau "1.5GB".`,
        en: `Size "${shown}" is not understood. Write it like "800MB" or "1.5GB".`,
      },
      details: { value: shown },
    });
  }
  return new PantauError({
    code: 'ENGINE_FAILED',
    text: {
      id: `Batas memori "${shown}" tidak dapat dipasang: mesin data sudah berjalan dan pengaturannya terkunci. Pasang atribut memory-limit pada <pantau-dashboard> pertama di halaman, atau panggil setEngineLimits() sebelum elemen Pantau dimuat.`,
      en: `Memory limit "${shown}" cannot be set: the data engine has started and its settings are locked. Put the memory-limit attribute on the page's first <pantau-dashboard>, or call setEngineLimits() before Pantau's elements load.`,
    },
    details: { memoryLimit: shown },
  });
}
