import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.ts';
import type { PantauChartElement } from '../src/index.ts';
import { mount, settled, shadow, unmountAll } from './support/mount.ts';

/**
 * Issue 15 item 4: an error message with a long token (a column name, an address) in a narrow
 * card wraps inside its alert, never running out of its box into the next card. Real DuckDB,
 * real layout in Chromium.
 */

const LONG = 'jumlah_permohonan_yang_diterima_oleh_seluruh_perangkat_daerah_kota_banjarmasin';

const cards = `<div style="display: grid; grid-template-columns: 180px 180px; gap: 8px">
  <pantau-bar-chart source="layanan" x="unit" y="sum(${LONG})" title="Permohonan"></pantau-bar-chart>
  <pantau-kpi source="layanan" value="sum(${LONG})" label="Diterima"></pantau-kpi>
  <pantau-filter source="layanan" column="${LONG}" title="Filter"></pantau-filter>
  <pantau-table source="layanan" columns="unit, ${LONG}" title="Tabel"></pantau-table>
</div>`;

describe('error text stays in its box (narrow cards, long tokens)', () => {
  afterEach(unmountAll);

  it('wraps a long column name inside the alert of a 180 px card', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-source name="layanan" src="/test/fixtures/layanan.csv"></pantau-source>
      ${cards}
    </pantau-dashboard>`);
    await settled(host);
    const widgets = [...host.querySelectorAll<PantauChartElement>('[source="layanan"]')];
    expect(widgets).toHaveLength(4);
    for (const [i, el] of widgets.entries()) {
      expect([el.localName, el.status]).toEqual([el.localName, 'error']);
      const alert = shadow(el).querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.textContent).toContain(LONG);
      // Nothing inside the alert is wider than it: no scrolling, no overflow.
      expect(alert.scrollWidth, el.localName).toBeLessThanOrEqual(alert.clientWidth);
      const box = alert.getBoundingClientRect();
      const card = el.getBoundingClientRect();
      expect(box.width, el.localName).toBeGreaterThan(0);
      expect(box.left).toBeGreaterThanOrEqual(card.left - 0.5);
      expect(box.right, el.localName).toBeLessThanOrEqual(card.right + 0.5);
      for (const line of alert.querySelectorAll('*')) {
        expect(line.getBoundingClientRect().right, el.localName).toBeLessThanOrEqual(
          box.right + 0.5,
        );
      }
      // The card itself does not grow past its column, so the next card starts where it should.
      expect(card.width, el.localName).toBeLessThanOrEqual(180.5);
      const next = widgets[i + 1];
      if (next !== undefined && i % 2 === 0) {
        expect(card.right).toBeLessThanOrEqual(next.getBoundingClientRect().left);
      }
    }
  });
});
