/**
 * The tile's first row: what the number is and its period ("Jun 2024 · vs Mei 2024") at the
 * right when both fit, so naming it costs the sparkline no height; on rows of their own otherwise.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import { fittedText } from '../axes.ts';
import { INK } from '../palette.ts';
import { textWidth } from '../text.ts';
import { LABEL_SIZE, PAD, ROW_SIZE, type Tile } from './tile.ts';

export function drawHeading(tile: Tile, label: string, periodLine: string): void {
  const { d, root, inner } = tile;
  const periodWidth = periodLine === '' ? 0 : textWidth(periodLine, ROW_SIZE) + 12;
  const shareRow = label === '' || textWidth(label, LABEL_SIZE) + periodWidth <= inner;
  if (label !== '') {
    const room = shareRow ? inner - periodWidth : inner;
    root.append(
      fittedText(
        d,
        {
          class: 'pantau-kpi-label',
          x: PAD,
          y: tile.y + LABEL_SIZE,
          fill: INK.muted,
          'font-size': 13,
        },
        label,
        room,
        LABEL_SIZE,
      ),
    );
    if (!shareRow) tile.y += LABEL_SIZE + 8;
  }
  if (periodLine !== '') {
    const attrs = shareRow
      ? { x: PAD + inner, y: tile.y + LABEL_SIZE, 'text-anchor': 'end' }
      : { x: PAD, y: tile.y + ROW_SIZE };
    root.append(
      fittedText(
        d,
        { class: 'pantau-kpi-period', ...attrs, fill: INK.muted, 'font-size': ROW_SIZE },
        periodLine,
        inner,
        ROW_SIZE,
      ),
    );
    tile.rows.push([say(CHART_WORDS, tile.context.lang, 'period'), periodLine]);
  }
  if (label !== '' || periodLine !== '') tile.y += (shareRow ? LABEL_SIZE : ROW_SIZE) + 8;
}
