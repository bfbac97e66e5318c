// @ts-check
/**
 * Reports the largest source files and functions in packages/*\/src (issue 16: no element file
 * over 300 lines, no function over 80). It only reports: CI prints it so every run shows where the
 * tree stands, and the limits become a failing check once the tree meets them (`--check`).
 *
 *   node scripts/code-size.mjs            the 15 largest files and functions, and what is over
 *   node scripts/code-size.mjs --check    exit 1 when a file or function is over its limit
 *
 * Functions are found with TypeScript's own parser (declarations, methods, arrows and function
 * expressions), so a long template literal or comment block is not mistaken for one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FILE_LIMIT = 300;
const FUNCTION_LIMIT = 80;
const SHOWN = 15;

/** Every .ts source file under packages/<name>/src, tests and stories left out. */
function sourceFiles() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ts$/.test(name) && !/\.(test|stories|d)\.ts$/.test(name)) files.push(full);
    }
  };
  const packages = path.join(root, 'packages');
  for (const pkg of readdirSync(packages)) {
    const src = path.join(packages, pkg, 'src');
    try {
      if (statSync(src).isDirectory()) walk(src);
    } catch {
      // a package without src/ (none today) has nothing to report
    }
  }
  return files;
}

/** A readable name for a function node: its declared name, its method or property name. */
function functionName(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (node.name && ts.isPrivateIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name))
    return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name))
    return parent.name.text;
  if (parent && ts.isPropertyDeclaration(parent) && ts.isIdentifier(parent.name))
    return parent.name.text;
  return '(anonymous)';
}

function measure(file) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').length;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const functions = [];
  const visit = (node) => {
    if (
      (ts.isFunctionDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isArrowFunction(node) ||
        ts.isFunctionExpression(node) ||
        ts.isGetAccessor(node) ||
        ts.isSetAccessor(node) ||
        ts.isConstructorDeclaration(node)) &&
      node.body
    ) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.end).line;
      functions.push({
        name: ts.isConstructorDeclaration(node) ? 'constructor' : functionName(node),
        line: start + 1,
        lines: end - start + 1,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file: path.relative(root, file), lines, functions };
}

const measured = sourceFiles().map(measure);
const files = [...measured].sort((a, b) => b.lines - a.lines);
const functions = measured
  .flatMap((m) => m.functions.map((f) => ({ ...f, file: m.file })))
  .sort((a, b) => b.lines - a.lines);
const filesOver = files.filter((f) => f.lines > FILE_LIMIT);
const functionsOver = functions.filter((f) => f.lines > FUNCTION_LIMIT);

console.log(
  `Largest files (limit ${FILE_LIMIT} lines; ${filesOver.length} over, of ${files.length}):`,
);
for (const f of files.slice(0, Math.max(SHOWN, filesOver.length))) {
  console.log(
    `  ${String(f.lines).padStart(5)}  ${f.file}${f.lines > FILE_LIMIT ? '  (over)' : ''}`,
  );
}
console.log(
  `Largest functions (limit ${FUNCTION_LIMIT} lines; ${functionsOver.length} over, of ${functions.length}):`,
);
for (const f of functions.slice(0, Math.max(SHOWN, functionsOver.length))) {
  console.log(
    `  ${String(f.lines).padStart(5)}  ${f.file}:${f.line} ${f.name}${f.lines > FUNCTION_LIMIT ? '  (over)' : ''}`,
  );
}

if (process.argv.includes('--check') && (filesOver.length > 0 || functionsOver.length > 0))
  process.exit(1);
