// styleProps (base/style-props.ts): positions written through CSSOM only. Lit's styleMap writes
// its first value with setAttribute('style', ...), which a page's `style-src 'self'` blocks (the
// embed tests under a strict CSP caught it on the load-progress bar); this checks the directive
// never takes that route, and that it sets, changes and removes properties as styleMap does.
import { html, render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { styleProps } from '../src/base/style-props.ts';

describe('styleProps', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never writes a style attribute, from the first render on', () => {
    const setAttribute = vi.spyOn(Element.prototype, 'setAttribute');
    const host = document.createElement('div');
    const draw = (props: Record<string, string | null>) =>
      render(html`<div style=${styleProps(props)}></div>`, host);
    draw({ left: '4px', maxWidth: '10rem', '--pantau-x': '2' });
    const el = host.firstElementChild as HTMLElement;
    expect(el.style.left).toBe('4px');
    expect(el.style.maxWidth).toBe('10rem');
    expect(el.style.getPropertyValue('--pantau-x')).toBe('2');
    draw({ left: '8px', maxWidth: null });
    expect(el.style.left).toBe('8px');
    expect(el.style.maxWidth).toBe('');
    expect(el.style.getPropertyValue('--pantau-x')).toBe('');
    expect(setAttribute.mock.calls.filter(([name]) => name === 'style')).toEqual([]);
  });

  it('refuses a binding that is not the style attribute', () => {
    const host = document.createElement('div');
    expect(() => render(html`<div title=${styleProps({ left: '1px' })}></div>`, host)).toThrow(
      /style attribute/,
    );
  });
});
