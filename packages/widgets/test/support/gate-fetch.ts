import { vi } from 'vitest';

/**
 * Holds back every fetch whose URL contains `file` until `release()` (the fetch itself is the
 * real one): a first view can be seen while the live data has not arrived.
 */
export function gateDataFile(file: string) {
  const fetch = window.fetch.bind(window);
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  let held = 0;
  const spy = vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.includes(file)) {
      held++;
      await opened;
    }
    return fetch(input, init);
  });
  return {
    get held() {
      return held;
    },
    release: open,
    restore: () => spy.mockRestore(),
  };
}
