/**
 * Small cubes answered in the page's JavaScript (issue 13): a built cube of at most
 * `pageCubeRows` rows is fetched once into the page, and plans routed to it are then answered
 * here with no trip to DuckDB's worker. Loaded with the first small cube, never with the page.
 *
 * Never a guess: a plan is answered here only after DuckDB has answered the same plan (any
 * filter) from a cube of the same shape once (the cube a publisher's pointer entry just built
 * need not wait for its own first trip: its columns' types are its shape's), and only while the
 * names and types the page would give equal DuckDB's; a measure node, clause or value the page
 * cannot repeat exactly sends it to DuckDB.
 * And only while faster: a cube whose answer here takes longer than `maxMs` goes back to DuckDB.
 * And only while the page agrees with DuckDB: each answer DuckDB gives from a cube the page holds
 * is computed here too and compared (same-answer.ts); a plan shape whose answers differ is left
 * to DuckDB from then on.
 */

import type { Connector } from '../../engine/connector.ts';
import type { QueryPlan } from '../../plan/plan.ts';
import type { QueryResult } from '../../results/query-result.ts';
import type { AggregatePlan } from '../../sql/aggregate-plan.ts';
import { typeName } from '../../results/type-names.ts';
import type { Cube } from '../cube-sql.ts';
import { answerFromCube, compilePlan, kindName, type CompiledPlan } from './answer.ts';
import { fetchCube, type PageCubeData } from './cube-columns.ts';
import { answersDiffer } from './same-answer.ts';

/** An answer DuckDB gave from a cube before the page held it: compared once it does. */
interface Unchecked {
  plan: AggregatePlan;
  query: QueryPlan;
  result: QueryResult;
}

interface Held {
  data: PageCubeData;
  /** Per plan shape: its compiled measures, or null when the page cannot answer it. */
  plans: Map<string, CompiledPlan | null>;
  slow: boolean;
  slowRun: number;
}

export class PageCubes {
  /** Answers given here and what they took (benchmarks and tests read these). */
  readonly stats = { answers: 0, ms: 0, refused: 0, loads: 0, loadMs: 0, checks: 0, differed: 0 };
  /** The latest answers' cube sizes and times (at most 1,000), for the row limit's measure. */
  readonly timings: { rows: number; ms: number }[] = [];
  readonly #held = new WeakMap<Cube, Held>();
  /**
   * Per cube shape and plan shape: DuckDB's names and types, once it has answered from any cube
   * of that shape (every such cube has the same group and measure columns, only other clauses').
   */
  readonly #learned = new Map<string, string>();
  /** Cube and plan shapes whose answer here differed from DuckDB's: never answered here. */
  readonly #differs = new Set<string>();
  readonly #unchecked = new WeakMap<Cube, Unchecked[]>();
  /** Off: DuckDB answers every plan from the same cubes (benchmarks compare both routes). */
  enabled = true;

  constructor(readonly maxMs = 8) {}

  /** Fetches the cube's rows into the page (resolves false when its types are not for here). */
  async load(connector: Pick<Connector, 'query'>, cube: Cube): Promise<boolean> {
    const data = await fetchCube(connector, cube);
    if (data === null) return false;
    const held: Held = { data, plans: new Map(), slow: false, slowRun: 0 };
    this.#held.set(cube, held);
    this.stats.loads++;
    this.stats.loadMs += data.loadMs;
    for (const { plan, query, result } of this.#unchecked.get(cube) ?? []) {
      this.#check(cube, held, plan, query, result);
    }
    this.#unchecked.delete(cube);
    return true;
  }

  /** The table changed: what DuckDB answered from its old cubes says nothing of the new ones. */
  forgetLearned(): void {
    this.#learned.clear();
    this.#differs.clear();
  }

  has(cube: Cube): boolean {
    return this.#held.has(cube);
  }

  drop(cube: Cube): void {
    this.#held.delete(cube);
  }

  /** Remembers DuckDB's names and types for this plan's shape on cubes of this one's shape. */
  learn(cube: Cube, plan: AggregatePlan, query: QueryPlan, result: QueryResult): void {
    const signature = JSON.stringify(result.names.map((n) => [n, result.types[n]]));
    this.#learned.set(learnedKey(cube, plan, query), signature);
    const held = this.#held.get(cube);
    if (held !== undefined) this.#check(cube, held, plan, query, result);
    else {
      // The latest few per cube: a cube is fetched right after DuckDB's first answer from it.
      const waiting = (this.#unchecked.get(cube) ?? []).slice(-7);
      this.#unchecked.set(cube, [...waiting, { plan, query, result }]);
    }
  }

  /**
   * DuckDB's answer against the page's: a shape they differ on is DuckDB's from now on. Only
   * where the page would answer (not a slow cube's, not a shape already refused): this runs
   * while DuckDB's answer is on its way to its client.
   */
  #check(cube: Cube, held: Held, plan: AggregatePlan, query: QueryPlan, engine: QueryResult) {
    const key = learnedKey(cube, plan, query);
    if (held.slow || !this.enabled || this.#differs.has(key)) return;
    let mine: QueryResult | null;
    try {
      mine = this.#compute(cube, held, plan, query);
    } catch {
      return; // a plan the page cannot repeat: it never answers it, so there is nothing to hold
    }
    if (mine === null) return;
    this.stats.checks++;
    let difference: string | null;
    try {
      difference = answersDiffer(
        mine,
        engine,
        plan.groups.map((g) => g.alias),
        query,
      );
    } catch {
      difference = 'not comparable'; // a value it cannot hold side by side: DuckDB's answers stand
    }
    if (difference === null) return;
    this.#differs.add(key);
    this.stats.differed++;
    console.warn(
      `Jawaban yang dihitung di halaman berbeda dari DuckDB (${difference}); DuckDB yang menjawab. / The answer computed in the page differs from DuckDB's (${difference}); DuckDB answers instead.`,
    );
  }

  /** Whether DuckDB has answered this plan's shape from a cube of this one's shape. */
  knows(cube: Cube, plan: AggregatePlan, query: QueryPlan): boolean {
    return this.#learned.has(learnedKey(cube, plan, query));
  }

  /** The plan's answer computed here, or null when DuckDB must give it. */
  answer(cube: Cube, plan: AggregatePlan, query: QueryPlan): QueryResult | null {
    const held = this.#held.get(cube);
    if (held === undefined || held.slow || !this.enabled) return null;
    if (this.#differs.has(learnedKey(cube, plan, query))) return null;
    const started = performance.now();
    let result: QueryResult | null;
    try {
      result = this.#compute(cube, held, plan, query);
    } catch {
      // Unanswerable here (or a value DuckDB itself would refuse): DuckDB gives the answer or
      // its own error, never the page's guess.
      this.stats.refused++;
      return null;
    }
    if (result === null) return null;
    const ms = performance.now() - started;
    this.stats.answers++;
    this.stats.ms += ms;
    if (this.timings.push({ rows: held.data.rows, ms }) > 1000) this.timings.shift();
    // Three slow answers in a row (not one pause of the page): DuckDB answers from now on.
    held.slowRun = ms > this.maxMs ? held.slowRun + 1 : 0;
    if (held.slowRun >= 3) held.slow = true;
    return result;
  }

  /**
   * The page's answer, or null when DuckDB has not taught it the shape or the page cannot compile
   * its measures; throws `Unanswerable` when it cannot repeat this plan's clauses or values.
   */
  #compute(cube: Cube, held: Held, plan: AggregatePlan, query: QueryPlan): QueryResult | null {
    const key = shapeKey(plan, query);
    const learned = this.#learned.get(learnedKey(cube, plan, query));
    if (learned === undefined) return null;
    let compiled = held.plans.get(key);
    if (compiled === undefined) {
      compiled = this.#compile(cube, held, plan, query, learned);
      held.plans.set(key, compiled);
    }
    if (compiled === null) return null;
    return answerFromCube(cube, held.data, plan, query, compiled);
  }

  #compile(
    cube: Cube,
    held: Held,
    plan: AggregatePlan,
    query: QueryPlan,
    learned: string,
  ): CompiledPlan | null {
    try {
      const compiled = compilePlan(cube, held.data, plan);
      const own = [
        ...plan.groups.map((g, i) => [g.alias, typeName(held.data.groups[i]!.type)]),
        ...plan.measures.map((m, i) => [m.alias, kindName(compiled.measures[i]!.kind)]),
        ...(query.form?.kind === 'page' ? [[query.form.total, 'Int64']] : []),
      ];
      return JSON.stringify(own) === learned ? compiled : null;
    } catch {
      return null;
    }
  }
}

function learnedKey(cube: Cube, plan: AggregatePlan, query: QueryPlan): string {
  return `${cube.shape.signature}\u0000${shapeKey(plan, query)}`;
}

/** What fixes an answer's names and types: everything but the filter, order and paging. */
function shapeKey(plan: AggregatePlan, query: QueryPlan): string {
  return JSON.stringify([
    plan.groups.map((g) => [g.alias, g.sql]),
    plan.measures.map((m) => [m.alias, m.sql]),
    query.form?.kind === 'page' ? query.form.total : null,
  ]);
}
