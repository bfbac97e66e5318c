/**
 * The demo page until the widgets land: loads Banjarmasin's service data through @pantau/core's
 * engine (duckdb-wasm, Parquet by HTTP range requests) and shows a ranking table. Every value
 * reaches the DOM as text.
 */
import {
  Coordinator,
  groupQuery,
  isPantauError,
  pageConnector,
  type PlainValue,
} from '@pantau/core';

const number = new Intl.NumberFormat('id-ID');
const percent = new Intl.NumberFormat('id-ID', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const ms = (t: number) => `${number.format(Math.round(t))} md`;

const status = document.getElementById('status') as HTMLElement;
const tbody = document.querySelector('#ranking tbody') as HTMLTableSectionElement;
const timings = document.getElementById('timings') as HTMLElement;

function cell(row: HTMLTableRowElement, text: string, className?: string): HTMLTableCellElement {
  const td = row.insertCell();
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function addTiming(label: string, value: string): void {
  const dt = document.createElement('dt');
  dt.textContent = label;
  const dd = document.createElement('dd');
  dd.textContent = value;
  timings.append(dt, dd);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const connector = pageConnector();
  const coordinator = new Coordinator(connector);
  const driver = await connector.driver();
  const tEngine = performance.now();

  const [performanceInfo] = await Promise.all([
    coordinator.registerSource({
      name: 'service_performance',
      data: 'datasets/banjarmasin/service_performance.parquet',
    }),
    coordinator.registerSource({ name: 'units', data: 'datasets/banjarmasin/units.csv' }),
  ]);
  const tLoad = performance.now();

  const perUnit = groupQuery({
    table: performanceInfo.schema,
    groupBy: ['unit_code'],
    measures: {
      received: 'sum(received)',
      completed: 'sum(completed)',
      on_time: 'sum(completed_on_time) / sum(completed)',
      online: 'avg(online_share)',
    },
    orderBy: [{ key: 'on_time', desc: true }],
  });
  // Months without a report have no row or a null: count them against the 36-month period.
  const months = await coordinator.query({
    sql: 'SELECT count(DISTINCT month)::INTEGER AS n FROM service_performance',
  });
  const ranking = await coordinator.query(perUnit);
  const reported = await coordinator.query({
    sql: `SELECT unit_code, count(DISTINCT month) FILTER (WHERE received IS NOT NULL)::INTEGER AS months
          FROM service_performance GROUP BY unit_code`,
  });
  const names = await coordinator.query({
    sql: 'SELECT code, coalesce(abbreviation, name) AS abbreviation FROM units',
  });
  const tQuery = performance.now();

  const abbreviation = new Map<PlainValue, PlainValue>(
    names.rows().map((row) => [row['code'] ?? null, row['abbreviation'] ?? null]),
  );
  const totalMonths = Number(months.rows()[0]?.['n'] ?? 0);
  const monthsReported = new Map(
    reported.rows().map((row) => [row['unit_code'], Number(row['months'])]),
  );
  for (const row of ranking.rows()) {
    const tr = tbody.insertRow();
    const unit = String(row['unit_code']);
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = String(abbreviation.get(unit) ?? unit);
    tr.append(th);
    cell(tr, number.format(Number(row['received'])), 'num');
    cell(tr, number.format(Number(row['completed'])), 'num');
    const onTime = row['on_time'];
    const td = cell(tr, onTime === null ? 'belum input' : percent.format(Number(onTime)), 'num');
    if (onTime !== null) {
      const bar = document.createElement('span');
      bar.className = 'bar';
      bar.style.width = `${Math.round(Number(onTime) * 80)}px`;
      bar.setAttribute('aria-hidden', 'true');
      td.append(bar);
    }
    cell(tr, row['online'] === null ? 'belum input' : percent.format(Number(row['online'])), 'num');
    const missing = totalMonths - (monthsReported.get(unit) ?? 0);
    cell(tr, missing === 0 ? '–' : number.format(missing), missing === 0 ? 'num' : 'num missing');
  }
  const tDraw = performance.now();

  status.textContent = `${number.format(ranking.numRows)} perangkat daerah · ${number.format(performanceInfo.rows)} baris data bulanan · ${driver.engine}`;
  addTiming('Mesin DuckDB siap', ms(tEngine - t0));
  addTiming('Data dimuat (Parquet + CSV)', ms(tLoad - tEngine));
  addTiming('Kueri', ms(tQuery - tLoad));
  addTiming('Tabel digambar', ms(tDraw - tQuery));
  document.body.dataset['ready'] = 'true';
}

main().catch((error: unknown) => {
  status.classList.add('error');
  status.setAttribute('role', 'alert');
  status.textContent = isPantauError(error) ? error.messageIn('id') : String(error);
  document.body.dataset['ready'] = 'error';
  console.error(error);
});
