import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// A runtime import circle makes a module read another's exports before they exist (a section table
// that is undefined inside the screen it lists). No lint rule for it is installed, so this test reads
// the import graph of the sources with the TypeScript parser and fails on any circle of value imports.
// Type-only imports vanish at build time and lazy import() runs after evaluation: neither counts.

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ROOTS = ['renderer', 'electron'];
const SOURCE = /\.tsx?$/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    try {
      if (statSync(candidate).isFile() && SOURCE.test(candidate)) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/** The modules `file` needs evaluated before it runs: its imports and re-exports of values. */
export function runtimeImports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes = clause !== undefined && clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
      if (onlyTypes) continue;
      specifier = statement.moduleSpecifier;
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      specifier = statement.moduleSpecifier;
    }
    if (specifier === undefined || !ts.isStringLiteral(specifier)) continue;
    const target = resolveImport(file, specifier.text);
    if (target !== null) found.push(target);
  }
  return found;
}

/** Every circle of the graph, one per strongly connected component, as a path through it. */
export function importCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iterative: the renderer's import chains are deep enough to matter for recursion.
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const circles: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (indexOf.has(start)) continue;
    const work: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
    indexOf.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1] as { node: string; edge: number };
      const edges = graph.get(top.node) ?? [];
      if (top.edge < edges.length) {
        const to = edges[top.edge++] as string;
        if (!indexOf.has(to)) {
          indexOf.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(top.node, Math.min(low.get(top.node) as number, indexOf.get(to) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(top.node) as number));
      if (low.get(top.node) !== indexOf.get(top.node)) continue;
      const component: string[] = [];
      for (let member = stack.pop(); member !== undefined; member = member === top.node ? undefined : stack.pop()) {
        onStack.delete(member);
        component.push(member);
      }
      const selfLoop = (graph.get(top.node) ?? []).includes(top.node);
      if (component.length > 1 || selfLoop) circles.push(component.reverse());
    }
  }
  return circles;
}

describe('runtime imports', () => {
  it('form no circle in the renderer or the electron sources', () => {
    const graph = new Map<string, string[]>();
    for (const root of ROOTS) {
      for (const file of sourceFiles(join(repoRoot, root))) graph.set(file, runtimeImports(file, readFileSync(file, 'utf8')));
    }
    expect(graph.size).toBeGreaterThan(100);
    const circles = importCircles(graph).map((circle) => circle.map((file) => relative(repoRoot, file)));
    expect(circles).toEqual([]);
  });

  it('sees a circle through value imports and none through type-only ones', () => {
    const a = join(repoRoot, 'renderer', 'app', 'sections.ts');
    const b = join(repoRoot, 'renderer', 'features', 'timelines', 'TimelinesScreen.tsx');
    const typeOnly = `import type { Section } from '../../app/sections';\nimport { type Section as S } from '../../app/sections';`;
    expect(runtimeImports(b, typeOnly)).toEqual([]);
    const value = `import { findSection } from '../../app/sections';`;
    expect(runtimeImports(b, value)).toEqual([a]);
    expect(importCircles(new Map([[a, [b]], [b, [a]]]))).toEqual([[a, b]]);
    expect(importCircles(new Map([[a, [b]], [b, []]]))).toEqual([]);
  });
});
