import { createApp, h, ref } from 'vue';
import { setAssetBase } from '@pantau/core';
import '@pantau/widgets/define';

// DuckDB's wasm and worker files, copied from @pantau/widgets/dist/cdn/duckdb/ to this site.
setAssetBase('./duckdb/');

/**
 * Pantau elements in Vue 3 through render functions. Vue's runtime-only build: templates compiled
 * in the browser use `new Function`, which a strict Content-Security-Policy refuses (single-file
 * components compiled at build time are fine). Vue sets attributes on custom elements as is, and
 * `onPantau-select` listens to the `pantau-select` event.
 */
const App = {
  setup() {
    const chosen = ref('');
    return () =>
      h('main', [
        h('h1', 'Pantau di Vue 3'),
        h('pantau-dashboard', { lang: 'id' }, [
          h('pantau-source', { name: 'layanan', src: './data/service_performance.parquet' }),
          h('pantau-source', { name: 'inovasi', src: './data/innovations.csv' }),
          h('pantau-kpi', {
            source: 'layanan',
            value: 'on_time_rate',
            time: 'month',
            interval: 'year',
            title: 'Selesai tepat waktu',
          }),
          h('pantau-donut', {
            source: 'inovasi',
            category: 'type',
            value: 'count(*)',
            title: 'Inovasi digital dan non-digital',
            'onPantau-select': (event: CustomEvent<{ label: string }>) => {
              chosen.value = event.detail.label;
            },
          }),
          h('pantau-line-chart', {
            source: 'layanan',
            x: 'month',
            y: 'sum(completed)',
            interval: 'month',
            format: 'number',
            title: 'Permohonan selesai per bulan',
          }),
          h('pantau-bar-chart', {
            source: 'layanan',
            x: 'service',
            y: 'sum(received)',
            sort: 'desc',
            limit: 8,
            orientation: 'horizontal',
            title: 'Layanan dengan permohonan terbanyak',
          }),
        ]),
        h('p', chosen.value ? `Dipilih: ${chosen.value}` : 'Pilih irisan untuk menyaring.'),
      ]);
  },
};

createApp(App).mount('#app');
