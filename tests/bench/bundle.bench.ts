/**
 * Bundle sizes of the production build in dist/, gzip level 9, against the budgets; and what
 * the pane's own script holds, by package, read from its source map by source-map-explorer.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { explore } from "source-map-explorer";
import { FUNCTIONS_KIB, INITIAL_PANE_KIB, initialScripts } from "../../build/budgets";

export function benchBundle(): string[] {
  const dist = join(process.cwd(), "dist");
  if (!existsSync(join(dist, "taskpane.html"))) return ["Bundle sizes: no dist/ yet; run npm run build first."];
  const gzipped = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const page = readFileSync(join(dist, "taskpane.html"), "utf8");
  const initial = initialScripts(page);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = ["Bundle sizes (gzip):"];
  for (const file of readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .sort()) {
    lines.push(
      `  ${file.padEnd(60)} ${kb(gzipped(file)).padStart(9)}${initial.includes(file) ? "  (initial)" : "  (on demand)"}`,
    );
  }
  lines.push(`  initial pane JavaScript: ${kb(initial.reduce((sum, f) => sum + gzipped(f), 0))} (budget ${INITIAL_PANE_KIB} KB)`);
  // The functions load with the webpack runtime and the chunk they share with the pane (the dataset among it).
  const functions = ["runtime.js", "shared.js", "functions.js"].filter((f) => existsSync(join(dist, f)));
  lines.push(
    `  functions with the dataset (${functions.join(" + ")}): ${kb(functions.reduce((sum, f) => sum + gzipped(f), 0))} (budget ${FUNCTIONS_KIB} KB)`,
  );
  return lines;
}

/** The package a bundled file belongs to (@fluentui/react-tabs, react-dom), or "our code" for src/. */
function packageOf(file: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (inModules) return inModules[1];
  return file.includes("/src/") || file.startsWith("src/") ? "our code (src/)" : "webpack runtime and other";
}

/** taskpane.js by package: minified bytes each, largest first, with its share of the file. */
export async function benchBundleByPackage(top = 15): Promise<string[]> {
  const file = join(process.cwd(), "dist", "taskpane.js");
  if (!existsSync(`${file}.map`)) return ["taskpane.js by package: no dist/ yet; run npm run build first."];
  const result = await explore(file, { output: { format: "json" }, noBorderChecks: true });
  const bundle = result.bundles[0];
  const byPackage = new Map<string, number>();
  for (const [source, { size }] of Object.entries(bundle.files))
    byPackage.set(packageOf(source), (byPackage.get(packageOf(source)) ?? 0) + size);
  const total = bundle.totalBytes;
  const lines = [`taskpane.js by package (minified bytes, of ${(total / 1024).toFixed(1)} KB; source-map-explorer):`];
  for (const [name, size] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(
      `  ${name.padEnd(40)} ${`${(size / 1024).toFixed(1)} KB`.padStart(9)}  ${((size / total) * 100).toFixed(1).padStart(5)}%`,
    );
  return lines;
}
