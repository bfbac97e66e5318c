import type { RefreshTarget, SourceRefresh } from './source-refresh.ts';

/** The `<pantau-source>` as its refresh sees it. */
export interface RefreshSource {
  readonly refresh: string;
  readonly name: string;
  readonly isConnected: boolean;
  reload(): void;
}

/** What only the element knows: its file, its event, its error display. */
export interface RefreshHooks extends Omit<RefreshTarget, 'reload'> {
  /** A bad `refresh` found outside a load (a load reports it as its own failure). */
  failed(error: unknown): void;
}

/**
 * The element's side of `refresh` (source-refresh.ts holds the checks): it loads that code the
 * first time `refresh` is set, once, and starts, re-times or stops the checks as the attribute
 * and the element's place in the page change. The checks keep the version they learned across a
 * stop and a start, so a source moved in the page does not reload for nothing.
 */
export class RefreshControl {
  readonly #host: RefreshSource;
  readonly #hooks: RefreshHooks;
  #watch: Promise<SourceRefresh> | null = null;

  constructor(host: RefreshSource, hooks: RefreshHooks) {
    this.#host = host;
    this.#hooks = hooks;
  }

  /** Matches the checks to `refresh` and whether the source is on the page. */
  sync(): void {
    const host = this.#host;
    const given = host.refresh.trim();
    if (given === '' || !host.isConnected) {
      void this.#watch?.then((watch) => watch.stop());
      return;
    }
    const code = import('./source-refresh.ts');
    const { fileUrl, checked } = this.#hooks;
    const target: RefreshTarget = { fileUrl, checked, reload: () => host.reload() };
    this.#watch ??= code.then(({ SourceRefresh }) => new SourceRefresh(target));
    void Promise.all([code, this.#watch])
      .then(([{ parseRefreshInterval }, watch]) => {
        // A later change of the attribute, or leaving the page, decides instead.
        if (host.refresh.trim() === given && host.isConnected) {
          watch.start(parseRefreshInterval(host.name, given));
        }
      })
      .catch((error: unknown) => this.#hooks.failed(error));
  }

  /** Checks now; false without `refresh` or off the page. */
  async check(): Promise<boolean> {
    const host = this.#host;
    if (host.refresh.trim() === '' || this.#watch === null || !host.isConnected) return false;
    return (await this.#watch).check();
  }

  /**
   * Before a load reads `url` (null: no file, a server's table or rows): a bad interval fails the
   * load, as a bad timeout does, and the checks learn the version they will compare with.
   */
  async beforeLoad(url: string | null, signal: AbortSignal): Promise<void> {
    const given = this.#host.refresh.trim();
    if (given === '') return;
    (await import('./source-refresh.ts')).parseRefreshInterval(this.#host.name, given);
    if (url === null) return;
    await this.#watch?.then((watch) => watch.baseline(url, signal)).catch(() => undefined);
  }
}
