/** Bundle sizes of the production build in dist/, gzip level 9, against the budgets. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export function benchBundle(): string[] {
  const dist = join(process.cwd(), "dist");
  if (!existsSync(join(dist, "taskpane.html"))) return ["Bundle sizes: no dist/ yet; run npm run build first."];
  const gzipped = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const page = readFileSync(join(dist, "taskpane.html"), "utf8");
  const initial = [...page.matchAll(/<script[^>]+src="?([^" >]+\.js)/g)]
    .map((m) => m[1])
    .filter((src) => !src.startsWith("http"));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = ["Bundle sizes (gzip):"];
  for (const file of readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .sort()) {
    lines.push(
      `  ${file.padEnd(60)} ${kb(gzipped(file)).padStart(9)}${initial.includes(file) ? "  (initial)" : "  (on demand)"}`,
    );
  }
  lines.push(`  initial pane JavaScript: ${kb(initial.reduce((sum, f) => sum + gzipped(f), 0))} (budget 160 KB)`);
  // The functions load with the webpack runtime and the chunk they share with the pane (the dataset among it).
  const functions = ["runtime.js", "shared.js", "functions.js"].filter((f) => existsSync(join(dist, f)));
  lines.push(
    `  functions with the dataset (${functions.join(" + ")}): ${kb(functions.reduce((sum, f) => sum + gzipped(f), 0))} (budget 30 KB)`,
  );
  return lines;
}
