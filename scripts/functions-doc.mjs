// Writes docs/functions.md from the built functions.json (run `npm run build` first), so the
// repository's function reference is the one help.html shows. tests/e2e/build.test.mjs checks it.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { renderFunctionsMarkdown } = createRequire(import.meta.url)("../build/helpPage.js");
const metadata = JSON.parse(readFileSync(join(ROOT, "dist/functions.json"), "utf8"));
writeFileSync(join(ROOT, "docs/functions.md"), renderFunctionsMarkdown(metadata, "COMPUTE"));
console.log("Wrote docs/functions.md");
