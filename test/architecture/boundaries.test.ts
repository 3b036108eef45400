/**
 * What stays on each side of a boundary: every word a shopper hears comes from the locales (the
 * platform adapters hold no sentence of their own), the merchant API works through the services
 * (no DynamoDB item file), and the services the composition root hands out expose no concrete
 * adapter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { PLATFORM_ADAPTERS, root, sources, under, violations } from './support/source-imports';

/** Words in a row, as a sentence has them (identifiers, paths and event names have none). */
const SENTENCE = /[A-Za-z']+ [A-Za-z']+ [A-Za-z']+/;

/** String and template texts of a file that read as sentences, except the messages of errors. */
function sentencesIn(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(root, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: string[] = [];
  const visit = (node: ts.Node, inError: boolean): void => {
    // What is thrown, or given to an Error (new ...Error(...), super(...) in one), is for developers.
    const errorCall =
      ts.isThrowStatement(node) ||
      (ts.isNewExpression(node) && /Error$/.test(node.expression.getText(source))) ||
      (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword);
    const text = ts.isStringLiteral(node) || ts.isTemplateLiteralToken(node) ? node.text : undefined;
    if (text !== undefined && !inError && SENTENCE.test(text)) found.push(`${file}: ${JSON.stringify(text)}`);
    ts.forEachChild(node, (child) => visit(child, inError || errorCall));
  };
  visit(source, false);
  return found;
}

describe('boundaries', () => {
  it('the platform adapters hold no sentence: every word a shopper hears is in a locale', () => {
    const files = sources.filter((f) => PLATFORM_ADAPTERS.some((p) => under(f, p)));
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap(sentencesIn)).toEqual([]);
  });

  it('the merchant API works through the services, not the DynamoDB item files', () => {
    const files = sources.filter((f) => under(f, 'lambda/adapters/merchant-api'));
    expect(files.length).toBeGreaterThan(0);
    expect(
      violations(files, (_, imp) =>
        imp.local && under(imp.local, 'lambda/adapters/dynamodb') ? 'a DynamoDB file' : undefined,
      ),
    ).toEqual([]);
  });

  it('the services expose ports and domain services, no concrete adapter', () => {
    const text = readFileSync(join(root, 'lambda/composition-root.ts'), 'utf8');
    const adapters = [...text.matchAll(/import \{([^}]*)\} from '\.\/adapters\/[^']+'/g)].flatMap(
      ([, names]) => names!.split(',').map((name) => name.replace(/\btype\b/, '').trim()),
    );
    const services = /export interface Services \{[\s\S]*?\n\}/.exec(text)?.[0] ?? '';
    expect(services).not.toBe('');
    expect(adapters.length).toBeGreaterThan(5);
    expect(adapters.filter((name) => new RegExp(`\\b${name}\\b`).test(services))).toEqual([]);
  });
});
