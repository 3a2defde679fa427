import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ADDIN_VERSION } from "../src/version";

it("keeps the add-in version equal to package.json's and the manifest's", () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, "../package.json"), "utf8"));
  const manifest = readFileSync(join(__dirname, "../manifest.xml"), "utf8");
  expect(ADDIN_VERSION).toBe(pkg.version);
  expect(manifest).toContain(`<Version>${ADDIN_VERSION}.0</Version>`);
});
