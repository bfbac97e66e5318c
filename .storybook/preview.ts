import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import type { ArgTypes, StrictArgTypes } from 'storybook/internal/types';
import { html } from 'lit';
import manifest from 'virtual:pantau/custom-elements-manifest';

// Autodocs read each element's attributes, properties, events, parts and CSS properties from here.
setCustomElementsManifest(manifest);

/**
 * The manifest lists every public property of an element, but a story's render function reads only
 * its own args: a control for anything else would change nothing. Those stay in the docs table,
 * without a control.
 */
function controlsForStoryArgs(context: {
  argTypes: StrictArgTypes;
  initialArgs: Record<string, unknown>;
}): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const [name, argType] of Object.entries(context.argTypes)) {
    argTypes[name] =
      name in context.initialArgs ? argType : { ...argType, control: { disable: true } };
  }
  return argTypes;
}
controlsForStoryArgs.secondPass = true;

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [controlsForStoryArgs],
  parameters: {
    // A violation fails the story's test, in the UI and in CI.
    a11y: { test: 'error' },
    layout: 'padded',
    controls: { expanded: true },
  },
  decorators: [
    // A dark dashboard sits on a dark page, as it would on a site with a dark theme (a full-page
    // story draws its own page).
    (story, { args, parameters }) =>
      args['theme'] === 'dark' && parameters['layout'] !== 'fullscreen'
        ? html`<div style="background:#030712;color-scheme:dark;padding:16px;margin:-16px">
            ${story()}
          </div>`
        : story(),
  ],
};
export default preview;
