import { CORE_START_WORDS, sayBoth } from '@pantau/messages';
import type { DuckDBDriver } from './duckdb-driver.ts';
import { PantauError } from '../errors/pantau-error.ts';
import type { SourceInfo, SourceSpec } from '../sources/source-spec.ts';
import type { LoadLimits } from '../sources/load-source.ts';
import { loadEngineCode } from './engine-code-loader.ts';

/** What the loads need of the connector whose engine they fill. */
export interface LoadTarget {
  /** The engine's driver, started on first need (a promise: the file is fetched meanwhile). */
  open(): Promise<DuckDBDriver>;
  /** `driver` was found lost: the next open() starts a new engine. */
  lose(driver: DuckDBDriver): void;
  /** Read at each load: a changed cap applies from the next one. */
  readonly limits: LoadLimits;
  /** A load started (its table's schema is stale) and, with `info`, one finished and won. */
  changed(name: string, info?: SourceInfo): void;
}

/**
 * The sources loaded into one engine. Loads of one name may overlap (a `src` changed while the
 * first file downloads): the latest always wins; an older one that finishes later drops its
 * staging table and resolves to the latest load's answer instead of replacing the table. A load
 * the engine's loss interrupted runs once more, into the new engine.
 */
export class SourceLoads {
  /** Each table's latest source that loaded, to load again into a new engine (restart.ts). */
  readonly loaded = new Map<string, SourceSpec>();
  /** The latest load of each table: an older one that finishes later is dropped (issue 18). */
  readonly #latest = new Map<string, Promise<SourceInfo>>();
  readonly #target: LoadTarget;

  constructor(target: LoadTarget) {
    this.#target = target;
  }

  register(spec: SourceSpec): Promise<SourceInfo> {
    // Pantau's own tables (pre-aggregates, staging) are not sources: replacing a cube with other
    // rows would change every figure it answers while the table itself looks untouched.
    if (/^__pantau/i.test(spec.name)) return Promise.reject(pantauNameRefused(spec.name));
    const load = this.#load(spec, () => this.#latest.get(spec.name) === load);
    // Kept after it settles (one promise per table): a slower older load still finds it.
    this.#latest.set(spec.name, load);
    return load.catch((error: unknown) => this.#supersededBy(spec.name, load, error));
  }

  async #load(spec: SourceSpec, isLatest: () => boolean): Promise<SourceInfo> {
    this.#target.changed(spec.name);
    for (let attempt = 0; ; attempt++) {
      // The driver promise, not the driver: DuckDB starts now, and the file is fetched meanwhile.
      const driver = this.#target.open();
      driver.catch(() => undefined); // reported by loadSource, which awaits it
      const { loadSource, isEngineLost } = await loadEngineCode();
      const info = await loadSource(driver, spec, this.#target.limits, isLatest).catch(
        async (error: unknown): Promise<typeof RETRY> => {
          // The engine was lost during the load: once more, into the new one.
          const lost = isEngineLost(error) ? await driver.catch(() => null) : null;
          if (lost === null || attempt > 0) throw error;
          this.#target.lose(lost);
          return RETRY;
        },
      );
      if (info === RETRY) continue;
      if (info === null) throw SUPERSEDED;
      this.loaded.set(spec.name, spec);
      this.#target.changed(spec.name, info);
      return info;
    }
  }

  /** A load overtaken by a newer one answers with the newer one's result (or its error). */
  #supersededBy(name: string, load: Promise<SourceInfo>, error: unknown): Promise<SourceInfo> {
    const latest = this.#latest.get(name);
    // Its own failure too: the reader asked for the newer file, not for this one's error.
    if (latest === undefined || latest === load) throw error;
    return latest.catch((e: unknown) => this.#supersededBy(name, latest, e));
  }
}

function pantauNameRefused(name: string): PantauError {
  return new PantauError({
    code: 'BAD_NAME',
    text: sayBoth(CORE_START_WORDS, 'sourceNameStartsPantau', name.slice(0, 80)),
    details: { name },
  });
}

/** Thrown inside register only, by a load that a newer load of its table overtook. */
const SUPERSEDED = Symbol('superseded');
/** A load the engine's loss interrupted, to be run again. */
const RETRY = Symbol('retry');
