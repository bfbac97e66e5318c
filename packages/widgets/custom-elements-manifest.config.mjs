// @ts-check
/**
 * custom-elements.json for @pantau/widgets (`cem analyze` in this folder; run by
 * scripts/build-packages.mjs). The manifest describes the published files, so module paths point
 * at dist/*.js, and private members are left out: they are not part of any element's API.
 */
const SOURCE_PATH = /^\/?src\/(.+)\.ts$/;

/** Rewrites every `src/x.ts` module path in the manifest to `dist/x.js`. */
function toDistPaths(value) {
  if (typeof value === 'string') return value.replace(SOURCE_PATH, 'dist/$1.js');
  if (Array.isArray(value)) return value.map(toDistPaths);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDistPaths(v)]));
  }
  return value;
}

const isPublic = (member) => member.privacy !== 'private' && !String(member.name).startsWith('#');

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'pantau-published-manifest',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          }
        }
        Object.assign(customElementsManifest, toDistPaths(customElementsManifest));
      },
    },
  ],
};
