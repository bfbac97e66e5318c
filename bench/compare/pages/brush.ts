/**
 * A horizontal brush written by hand for the two contenders whose libraries have none built in
 * (Plot has no interactors; plain D3 could use d3-brush, which has no types installed here): a drag
 * over the plot area reports its pixel span on pointerup, and draws a band while dragging.
 */
export function attachBrush(
  svg: SVGSVGElement,
  area: { left: number; right: number; top: number; bottom: number },
  onEnd: (x0: number, x1: number) => void,
): void {
  const ns = 'http://www.w3.org/2000/svg';
  const overlay = document.createElementNS(ns, 'rect');
  const band = document.createElementNS(ns, 'rect');
  for (const [k, v] of Object.entries({
    x: area.left,
    y: area.top,
    width: area.right - area.left,
    height: area.bottom - area.top,
    fill: 'transparent',
  }))
    overlay.setAttribute(k, String(v));
  band.setAttribute('y', String(area.top));
  band.setAttribute('height', String(area.bottom - area.top));
  band.setAttribute('fill', 'rgba(0, 90, 200, 0.15)');
  band.setAttribute('pointer-events', 'none');
  band.setAttribute('width', '0');
  svg.append(overlay, band);
  let start: number | null = null;
  const localX = (e: PointerEvent) =>
    Math.max(area.left, Math.min(area.right, e.clientX - svg.getBoundingClientRect().left));
  overlay.addEventListener('pointerdown', (e) => {
    start = localX(e);
    overlay.setPointerCapture(e.pointerId);
  });
  overlay.addEventListener('pointermove', (e) => {
    if (start === null) return;
    const x = localX(e);
    band.setAttribute('x', String(Math.min(start, x)));
    band.setAttribute('width', String(Math.abs(x - start)));
  });
  overlay.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const x = localX(e);
    const from = start;
    start = null;
    if (Math.abs(x - from) > 2) onEnd(Math.min(from, x), Math.max(from, x));
  });
}
