/** Defines every Pantau element (each define is guarded, so loading twice is harmless). */
import './dashboard/dashboard.define.ts';
import './source/source.define.ts';
import './kpi/kpi.define.ts';
import './donut/donut.define.ts';
import './gauge/gauge.define.ts';
import './radar/radar.define.ts';
import './bar-chart/bar-chart.define.ts';
import './table/table.define.ts';
import './line-chart/line-chart.define.ts';
import './heatmap/heatmap.define.ts';
import './filter/filter.define.ts';
