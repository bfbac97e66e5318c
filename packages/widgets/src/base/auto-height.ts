import type { ChartSize } from '@pantau/charts';
import { readPageHeight } from './page-height.ts';

/**
 * The height of a chart that grows with what it shows (a ranking with its bars, a heatmap with
 * its units) unless the page set one. The element draws at the height it chose and hands it to
 * its styles as `--<tag>-auto-height`, which they use under the page's `--<tag>-height`.
 */
export interface AutoHeight {
  /** Whether the page set a height for this chart (then the frame's size is the one to fill). */
  pageSetsHeight(): boolean;
  /** The size to draw at: the frame's width at the `preferred` height, or the frame's for null. */
  sizeFor(frame: ChartSize, preferred: number | null): ChartSize;
  /** After an update: the chosen height to the styles (only when it changed). */
  write(): void;
  /** A page that sets the height changes the frame's size, so this is when to look again. */
  frameResized(): void;
}

/** A closure, not a class: its state minifies, which private fields' names do not (at-load bytes). */
export function autoHeight(host: HTMLElement, tag: string): AutoHeight {
  const own = `--${tag}-height`;
  const auto = `--${tag}-auto-height`;
  let chosen: number | null = null;
  // Whether the page sets this chart's height; read when the frame resizes, not per draw.
  let pageSets: boolean | null = null;
  return {
    pageSetsHeight: () => (pageSets ??= readPageHeight(host, own)),
    sizeFor(frame, preferred) {
      chosen = preferred;
      return preferred === null ? frame : { width: frame.width, height: preferred };
    },
    write() {
      const height = chosen === null ? '' : `${chosen}px`;
      if (host.style.getPropertyValue(auto) === height) return;
      if (height === '') host.style.removeProperty(auto);
      else host.style.setProperty(auto, height);
    },
    frameResized() {
      pageSets = readPageHeight(host, own);
    },
  };
}
