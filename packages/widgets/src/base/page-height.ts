/**
 * Whether the page set a chart's height through the shared `--pantau-chart-height` or the
 * chart's own property (then the frame's size is the one to fill, not a height that grows with
 * the bars or units). getComputedStyle brings the page's style up to date: call it where the
 * style is clean (a ResizeObserver callback), not while widgets are drawing.
 */
export function readPageHeight(host: HTMLElement, ownProperty: string): boolean {
  const style = getComputedStyle(host);
  return (
    style.getPropertyValue('--pantau-chart-height').trim() !== '' ||
    style.getPropertyValue(ownProperty).trim() !== ''
  );
}
