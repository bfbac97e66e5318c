// @ts-check
/**
 * Writes @pantau/widgets' React 19 JSX typings (dist/react.d.ts, plus an empty dist/react.js so
 * the subpath also resolves at run time) from custom-elements.json, so every tag the manifest
 * knows is typed with its attributes and `on<event>` handlers: a new element cannot be forgotten.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const PRIMITIVE_UNION = /^(?:\s*(?:'[^']*'|"[^"]*"|string|number|boolean|undefined|null)\s*\|?)+$/;

/**
 * A manifest attribute's JSX prop type. React 19 assigns a prop to the element's property when
 * the element has one of that name (`limit`, `source`): then the property's own type, so
 * `limit={8}`, not `limit="8"`. Other names (`page-size`) become attributes: text, numbers, or
 * booleans (present or absent).
 */
function propType(attribute) {
  const type = (attribute.type?.text ?? 'string').trim();
  if (!PRIMITIVE_UNION.test(type)) return 'string';
  if (attribute.fieldName === attribute.name || type === 'boolean') return type;
  return /\bnumber\b/.test(type) ? `${type} | string` : type;
}

const quoteKey = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** @param {string} manifestFile @param {string} outDir */
export async function writeJsxTypes(manifestFile, outDir) {
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
  /** @type {{ tag: string, className: string, attributes: any[], events: any[] }[]} */
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        attributes: declaration.attributes ?? [],
        events: declaration.events ?? [],
      });
    }
  }
  elements.sort((a, b) => a.tag.localeCompare(b.tag));
  if (elements.length === 0) throw new Error(`${manifestFile} lists no custom elements`);

  const lines = [
    '// Generated from custom-elements.json by scripts/build-jsx-types.mjs. Do not edit.',
    "// React 19 JSX typings for every Pantau element: `import type {} from '@pantau/widgets/react';`",
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    `import type { ${elements.map((e) => e.className).join(', ')} } from './index.js';`,
    '',
    "/** Props every Pantau tag takes in JSX: React's HTML props plus its attributes and events. */",
    'export type PantauElementProps<E extends HTMLElement, A> = Omit<',
    '  DetailedHTMLProps<HTMLAttributes<E>, E>,',
    '  keyof A',
    '> &',
    '  A;',
    '',
  ];
  for (const element of elements) {
    lines.push(`/** Attributes and events of \`<${element.tag}>\`. */`);
    lines.push(`export interface ${element.className}Attributes {`);
    for (const attribute of element.attributes) {
      if (attribute.description)
        lines.push(`  /** ${attribute.description.replace(/\*\//g, '*\\/')} */`);
      lines.push(`  ${quoteKey(attribute.name)}?: ${propType(attribute)};`);
    }
    for (const event of element.events) {
      if (!event.name) continue;
      if (event.description) lines.push(`  /** ${event.description.replace(/\*\//g, '*\\/')} */`);
      // React 19 adds a listener for `on<name>` props on custom elements, the name as written.
      lines.push(
        `  '${'on' + event.name}'?: (event: GlobalEventHandlersEventMap extends { '${event.name}': infer T } ? T : CustomEvent) => void;`,
      );
    }
    lines.push('}', '');
  }
  lines.push("declare module 'react' {", '  namespace JSX {', '    interface IntrinsicElements {');
  for (const element of elements) {
    lines.push(
      `      '${element.tag}': PantauElementProps<${element.className}, ${element.className}Attributes>;`,
    );
  }
  lines.push('    }', '  }', '}', '');
  await writeFile(path.join(outDir, 'react.d.ts'), lines.join('\n'));
  await writeFile(
    path.join(outDir, 'react.js'),
    '// Types only: see react.d.ts. Importing this module does nothing.\nexport {};\n',
  );
  return elements.map((e) => e.tag);
}
