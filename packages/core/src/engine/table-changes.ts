/**
 * Every dashboard's coordinator shares the page's DuckDB: when one of them reloads a table, the
 * cubes the others built over it are stale too, and when the engine itself is lost, every cube
 * is gone. One page-wide channel tells every pre-aggregator.
 */
const TABLE_CHANGES = Symbol.for('pantau.tableChanges.v1');

export function tableChanges(): EventTarget {
  const holder = globalThis as { [TABLE_CHANGES]?: EventTarget };
  holder[TABLE_CHANGES] ??= new EventTarget();
  return holder[TABLE_CHANGES];
}

/** Tells every pre-aggregator on the page that `table` (or, without a name, any table) changed. */
export function announceTableChange(table?: string): void {
  tableChanges().dispatchEvent(new CustomEvent<string | undefined>('change', { detail: table }));
}

/**
 * Calls `invalidate` of `target` on every change, holding it weakly: a pre-aggregator whose
 * coordinator is gone stops listening with it.
 */
export function listenToTableChanges(target: { invalidate(table?: string): void }): void {
  const self = new WeakRef(target);
  const channel = tableChanges();
  const listener = (event: Event): void => {
    const held = self.deref();
    if (held === undefined) channel.removeEventListener('change', listener);
    else held.invalidate((event as CustomEvent<string | undefined>).detail);
  };
  channel.addEventListener('change', listener);
}
