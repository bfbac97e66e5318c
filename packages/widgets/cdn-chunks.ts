/**
 * Chunk groups for the self-contained bundle (issue 13 item 3). Left to itself the bundler makes
 * one chunk per distinct set of lazy imports that share a module: 88 files, many under 1 kB,
 * each gzipped apart with its own import and export lists. A page that draws any chart loads
 * most of the code the charts share, and a page that reads any source loads the engine's code,
 * so each of those is one chunk. Code of one chart kind (its renderer part and element module)
 * and the Parquet reader stay apart, loaded only by a page that needs them.
 */
const WHERE = String.raw`[\\/]`;
const under = (...parts: string[]): RegExp => new RegExp(parts.join(WHERE));

/** The engine, results and the source readers, with Flechette; not Parquet (hyparquet). */
const ENGINE = [
  under('core', 'dist', '(engine|results)', ''),
  under('core', 'dist', 'sources', '(?!parquet)'),
  under('node_modules', '@uwdata', 'flechette', ''),
  // The engine's and the sources' words (their error texts), which only these modules say.
  under('messages', 'dist', '(areas|id|en)', '(source|engine|query|sql)-errors\\.js$'),
];
/**
 * What the chart modules share: D3, chart parts that are not one kind's (and the line's data
 * and period parts, which the heatmap and KPI use too), SQL and metrics.
 */
const CHARTS = [
  under('node_modules', 'd3-[a-z]+', ''),
  under('charts', 'dist', '[a-z-]+\\.js$'),
  under('charts', 'dist', '(shared|legend)', ''),
  under('charts', 'dist', 'line', '(x|data)\\.js$'),
  under('core', 'dist', '(sql|plan|metrics)', ''),
  // Every other message area (the catalogue's words for charts, widgets, measures and metrics).
  under('messages', 'dist', '(areas|id|en)', ''),
  under('widgets', 'dist', 'base', ''),
  under('widgets', 'dist', 'line-chart', '(brush-range|period-query|line-chart-data)\\.js$'),
];

/**
 * Features a page loads only on a user's action or a rare need (the chart menu and downloads,
 * lookups, cubes, the server connector, url-state, snapshots, the source panel and refresh):
 * they and the modules only they import keep their own chunks.
 */
const FEATURE =
  /[\\/](chart-menu|downloads|lookup-key|cube-sql|page-cube[\\/]index|remote-connector|url-state|filter-chips|take-snapshot|first-view|source-panel|source-refresh|source-timeout|engine-limit-errors)\.js$/;

interface ModuleInfo {
  importers: readonly string[];
  dynamicImporters: readonly string[];
}
interface ChunkingContext {
  getModuleInfo(id: string): ModuleInfo | null;
}

/** The feature whose chunk a module belongs in: the one feature that (indirectly) imports it. */
function featureOf(
  id: string,
  ctx: ChunkingContext,
  memo: Map<string, string | null>,
): string | null {
  if (memo.has(id)) return memo.get(id) ?? null;
  memo.set(id, null); // an import cycle resolves to "shared"
  const info = ctx.getModuleInfo(id);
  let owner: string | null = null;
  if (FEATURE.test(id) && (info?.dynamicImporters.length ?? 0) > 0) owner = id;
  else if (info !== null && info.importers.length > 0 && info.dynamicImporters.length === 0) {
    const owners = new Set(info.importers.map((i) => featureOf(i, ctx, memo)));
    if (owners.size === 1) owner = [...owners][0] ?? null;
  }
  memo.set(id, owner);
  return owner;
}

function grouped(name: string, parts: readonly RegExp[]) {
  const memo = new Map<string, string | null>();
  return (id: string, ctx: ChunkingContext): string | null =>
    parts.some((re) => re.test(id)) && featureOf(id, ctx, memo) === null ? name : null;
}

/**
 * `output.codeSplitting.groups`: modules pantau.js imports at start stay in its chunk (the
 * first group, by priority, takes them before the others can), the rest by where they live.
 */
export const chunkGroups = [
  { name: 'pantau-start', tags: ['$initial' as const], priority: 2 },
  { name: grouped('engine', ENGINE), debugName: 'engine', priority: 1 },
  { name: grouped('charts-shared', CHARTS), debugName: 'charts-shared', priority: 1 },
];
