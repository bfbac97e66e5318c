import { describe, expect, it } from 'vitest';
import { patchDrawing } from '../src/base/patch-drawing.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG from markup (test input only). */
function svg(markup: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(
    `<svg xmlns="${SVG}">${markup}</svg>`,
    'image/svg+xml',
  );
  return document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
}

describe('patchDrawing', () => {
  it('makes the drawing on screen equal the new one, keeping the nodes that match', () => {
    const onScreen = svg(
      '<g class="bars"><rect x="0" width="10"/><rect x="20" width="30"/><rect x="60" width="5"/></g><text y="9">Lama</text>',
    );
    document.body.append(onScreen);
    const firstBar = onScreen.querySelector('rect')!;
    const label = onScreen.querySelector('text')!;
    const next = svg(
      '<g class="bars" data-n="2"><rect x="0" width="12" fill="#fff"/><rect x="20" width="3"/></g><text y="9">Baru</text><circle r="2"/>',
    );
    const expected = next.outerHTML;

    expect(patchDrawing(onScreen, next)).toBe(true);
    expect(onScreen.outerHTML).toBe(expected);
    // The same nodes, with new attributes and text: nothing rebuilt that could be kept.
    expect(onScreen.querySelector('rect')).toBe(firstBar);
    expect(onScreen.querySelector('text')).toBe(label);
    expect(firstBar.getAttribute('width')).toBe('12');
    expect(onScreen.querySelectorAll('rect')).toHaveLength(2);
    onScreen.remove();
  });

  it('replaces a node of another kind, and never patches a canvas (pixels are not attributes)', () => {
    const onScreen = svg(
      '<rect width="1"/><foreignObject><canvas width="4"></canvas></foreignObject>',
    );
    const canvas = onScreen.querySelector('canvas')!;
    const next = svg('<circle r="1"/><foreignObject><canvas width="4"></canvas></foreignObject>');
    const nextCanvas = next.querySelector('canvas')!;
    const expected = next.outerHTML;

    expect(patchDrawing(onScreen, next)).toBe(true);
    expect(onScreen.outerHTML).toBe(expected);
    expect(onScreen.querySelector('rect')).toBeNull();
    expect(onScreen.querySelector('canvas')).toBe(nextCanvas);
    expect(onScreen.querySelector('canvas')).not.toBe(canvas);
  });

  it('refuses roots of different kinds (the caller then shows the new drawing as it is)', () => {
    const div = document.createElement('div');
    expect(patchDrawing(svg('<rect/>'), div)).toBe(false);
  });

  it('carries data as text and attributes only: markup in a label stays characters', () => {
    const onScreen = svg('<text>a</text>');
    const next = svg('<text/>');
    next.querySelector('text')!.textContent = '<img src=x onerror="alert(1)">';
    patchDrawing(onScreen, next);
    expect(onScreen.querySelector('img')).toBeNull();
    expect(onScreen.querySelector('text')!.textContent).toBe('<img src=x onerror="alert(1)">');
  });
});
