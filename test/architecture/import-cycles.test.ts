/**
 * No import circle anywhere under lambda/, type-only imports included (a reader follows them too):
 * each circle found is named by its files. A type both sides need moves to the lower layer that
 * both may import; a shared helper moves to a folder of its own.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { importsOf, root, sources } from './support/source-imports';

/** Each file's imports of other lambda/ files (paths without the .ts). */
function graph(): Map<string, string[]> {
  const files = new Set(sources.map((f) => f.replace(/\.ts$/, '')));
  const edges = new Map<string, string[]>();
  for (const file of sources) {
    const targets = importsOf(join(root, file))
      .map((imp) => imp.local)
      .filter((local): local is string => local !== undefined && files.has(local));
    edges.set(file.replace(/\.ts$/, ''), targets);
  }
  return edges;
}

/** The strongly connected components of more than one file, or of a file importing itself. */
function circles(edges: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) visit(next);
      if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, low.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || edges.get(file)!.includes(file)) found.push(component.sort());
  };
  for (const file of edges.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('imports', () => {
  it('form no circle under lambda/', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(circles(graph())).toEqual([]);
  });

  it('are followed: every local import names a file that exists', () => {
    const missing = sources.flatMap((file) =>
      importsOf(join(root, file))
        .filter((imp) => imp.local !== undefined && !existsSync(join(root, `${imp.local}.ts`)))
        .filter((imp) => !existsSync(join(root, imp.local!)))
        .map((imp) => `${file} imports ${imp.specifier}`),
    );
    expect(missing).toEqual([]);
  });
});
