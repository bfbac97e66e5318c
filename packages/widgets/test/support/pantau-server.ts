/**
 * The dev server's Pantau server (scripts/vite-plugin-pantau-server.ts) starts at the first
 * request to `/pantau/`: its modules, DuckDB and the demo's views. A dashboard's requests carry a
 * 30 s deadline, which that start alone has passed on a loaded machine (a round of two suites at
 * once failed so). A test waits here for the server to answer, with no deadline of its own (the
 * test's timeout bounds it), and the dashboard's deadline is left to the queries it is meant for.
 */
export async function pantauServerStarted(): Promise<void> {
  const response = await fetch('/pantau/tables');
  if (!response.ok) throw new Error(`the test's Pantau server answered HTTP ${response.status}`);
}
