/**
 * `style=${styleProps({ left: '4px' })}`: Lit's styleMap, without its first render. styleMap
 * writes its first value as a `style` attribute (a string), which a page's CSP without
 * 'unsafe-inline' in style-src blocks and reports as a console error: the focus ring, tooltip or
 * progress bar then sits in the wrong place. Setting properties through CSSOM (element.style) is
 * allowed by any style-src, so this directive only ever does that.
 */
import { noChange } from 'lit';
import {
  Directive,
  directive,
  PartType,
  type AttributePart,
  type PartInfo,
} from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

/** `maxWidth` -> `max-width`, as setProperty wants; custom properties (`--x`) as they are. */
const cssName = (name: string) =>
  name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

class StylePropsDirective extends Directive {
  #set = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') {
      throw new Error('styleProps belongs in a style attribute: style=${styleProps({...})}');
    }
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#set) {
      if (props[name] == null) {
        style.removeProperty(cssName(name));
        this.#set.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      style.setProperty(cssName(name), String(value));
      this.#set.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
