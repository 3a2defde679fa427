/**
 * Every Office.js member the Office adapter uses, found with the TypeScript compiler and looked
 * up in @types/office-js for its "[Api set: ExcelApi x.y]". A member above the add-in's declared
 * minimum must sit under an isSetSupported("ExcelApi", "x.y") guard; the table of sets used is
 * written to test-results/requirement-sets.json.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { MIN_EXCEL_API } from "../../src/office/host";

const ROOT = join(__dirname, "..", "..");
const OFFICE_DIR = join(ROOT, "src", "office");
type Version = [number, number];

const parse = (text: string): Version => text.split(".").map(Number) as Version;
const atLeast = (a: Version, b: Version) => a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);
const API_SET = /\[Api set: ExcelApi (\d+\.\d+)/;
const GUARD = /isSetSupported\(\s*"ExcelApi"\s*,\s*"(\d+\.\d+)"\s*\)/;

function program() {
  const files = readdirSync(OFFICE_DIR)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(OFFICE_DIR, f));
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  return ts.createProgram(files, { ...options, noEmit: true });
}

/** The ExcelApi set a declaration's doc comment names, or its container's. */
function apiSetOf(declaration: ts.Declaration): Version | null {
  for (let node: ts.Node | undefined = declaration; node && !ts.isSourceFile(node); node = node.parent) {
    const source = node.getSourceFile().text;
    const found = API_SET.exec(source.slice(node.getFullStart(), node.getStart()));
    if (found) return parse(found[1]);
  }
  return null;
}

/** The version a guard around the node checks for, if any (a condition or the const it names). */
function guardedVersion(node: ts.Node, checker: ts.TypeChecker): Version | null {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    let condition: ts.Expression | undefined;
    if (ts.isIfStatement(parent) && child === parent.thenStatement) condition = parent.expression;
    if (ts.isConditionalExpression(parent) && child === parent.whenTrue) condition = parent.condition;
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      child === parent.right
    )
      condition = parent.left;
    if (!condition) continue;
    let text = condition.getText();
    if (ts.isIdentifier(condition)) {
      const declaration = checker.getSymbolAtLocation(condition)?.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer)
        text = declaration.initializer.getText();
    }
    const guard = GUARD.exec(text);
    if (guard) return parse(guard[1]);
  }
  return null;
}

describe("requirement sets", () => {
  it("calls nothing above the declared minimum outside a guard for its set", () => {
    const prog = program();
    const checker = prog.getTypeChecker();
    const minimum = parse(MIN_EXCEL_API);
    const bySet = new Map<string, Set<string>>();
    const unguarded: string[] = [];
    for (const source of prog.getSourceFiles()) {
      if (!source.fileName.startsWith(OFFICE_DIR)) continue;
      const visit = (node: ts.Node) => {
        if (ts.isPropertyAccessExpression(node)) {
          const symbol = checker.getSymbolAtLocation(node.name);
          const declarations = (symbol?.declarations ?? []).filter((d) =>
            d.getSourceFile().fileName.includes("@types/office-js"),
          );
          const sets = declarations.map(apiSetOf).filter((v): v is Version => v !== null);
          if (sets.length > 0) {
            const needed = sets.reduce((low, v) => (atLeast(low, v) ? v : low));
            const key = needed.join(".");
            const member = `${checker.getFullyQualifiedName(symbol!).replace(/^"[^"]*"\./, "")}`;
            if (!bySet.has(key)) bySet.set(key, new Set());
            bySet.get(key)!.add(member);
            const guard = guardedVersion(node, checker);
            if (!atLeast(minimum, needed) && !(guard && atLeast(guard, needed))) {
              const { line } = source.getLineAndCharacterOfPosition(node.getStart());
              unguarded.push(`${source.fileName.slice(ROOT.length + 1)}:${line + 1} ${member} needs ExcelApi ${key}`);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    const table = Object.fromEntries(
      [...bySet.entries()]
        .sort(([a], [b]) => (atLeast(parse(a), parse(b)) ? 1 : -1))
        .map(([set, members]) => [set, [...members].sort()]),
    );
    mkdirSync(join(ROOT, "test-results"), { recursive: true });
    writeFileSync(join(ROOT, "test-results", "requirement-sets.json"), JSON.stringify(table, null, 2));
    expect(unguarded).toEqual([]);
    // The test sees what it must: the sets the adapter is known to use, the guarded comments included.
    expect(Object.keys(table)).toEqual(expect.arrayContaining(["1.1", "1.4", "1.7", "1.8", "1.10"]));
  });
});
