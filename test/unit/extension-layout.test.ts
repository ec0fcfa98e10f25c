/**
 * Where the extension's code may run, held as a fact of the import graph:
 * a content script (the code that runs inside a portal page) reaches nothing
 * in background/ or pages/, so it never bundles the token's module or the
 * API client. Type-only imports are left out: TypeScript erases them, so
 * they bring no code into a bundle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION = path.join(ROOT, 'extension');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The relative modules a file imports for their code (not for types alone), resolved to files. */
function codeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) specifiers.push(node.moduleSpecifier.text);
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) specifiers.push(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) specifiers.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers
    .filter((s) => s.startsWith('.'))
    .flatMap((s) => {
      const base = path.resolve(path.dirname(file), s);
      const found = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
        (candidate) => /\.tsx?$/.test(candidate) && statSync(candidate, { throwIfNoEntry: false })?.isFile(),
      );
      return found ? [found] : [];
    });
}

/** Every file reachable from `entry` by code imports, with the chain that first reached it. */
function reachable(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    for (const next of codeImports(file)) {
      if (chains.has(next)) continue;
      chains.set(next, [...chains.get(file)!, next]);
      queue.push(next);
    }
  }
  return chains;
}

const rel = (file: string) => path.relative(ROOT, file);
const contentEntries = readdirSync(path.join(EXTENSION, 'entrypoints'))
  .filter((name) => name.endsWith('.content'))
  .flatMap((name) => filesUnder(path.join(EXTENSION, 'entrypoints', name)));

describe('the extension’s layout', () => {
  it('has a content script entrypoint for each of the five portals', () => {
    expect(contentEntries.map(rel).sort()).toEqual(['amazon', 'ebay', 'etsy', 'shopify', 'walmart'].map((portal) => `extension/entrypoints/${portal}.content/index.ts`));
  });

  it.each(contentEntries.map(rel))('%s reaches no background or extension-page code', (entry) => {
    const chains = reachable(path.join(ROOT, entry));
    const forbidden = [...chains.entries()].filter(([file]) => /^extension\/(background|pages)\//.test(rel(file))).map(([, chain]) => chain.map(rel).join(' → '));
    expect(forbidden).toEqual([]);
    // The walk did follow the script's imports: its adapter, the features and the shared messages are in it.
    const portal = path.basename(path.dirname(entry), '.content');
    expect([...chains.keys()].map(rel)).toEqual(expect.arrayContaining([`extension/content/portals/${portal}.ts`, 'extension/content/core/run-portal.ts', 'extension/messaging/messages.ts']));
  });

  it('lets only background modules and extension pages import the token’s module', () => {
    const importers = filesUnder(EXTENSION)
      .filter((file) => codeImports(file).includes(path.join(EXTENSION, 'background/token.ts')))
      .map(rel)
      .sort();
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((file) => !/^extension\/(background\/|pages\/|entrypoints\/(options|dashboard|popup)\/)/.test(file))).toEqual([]);
  });
});
