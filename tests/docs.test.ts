/**
 * The docs say only what is there: every relative link and image in the README, the changelog
 * and docs/ resolves (a file, a folder, or a heading or anchor of a Markdown page), and the
 * README names the system packages from the one list .ci/run and npm test read.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const ROOT = join(__dirname, "..");

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith(".md") ? [path] : [];
  });
}

const PAGES = [join(ROOT, "README.md"), join(ROOT, "CHANGELOG.md"), ...markdownFiles(join(ROOT, "docs"))];

/** Markdown outside fenced code blocks. */
const prose = (text: string) => text.replace(/^```[\s\S]*?^```/gm, "");

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");

function anchorsOf(page: string): Set<string> {
  const text = readFileSync(page, "utf8");
  return new Set([
    ...[...prose(text).matchAll(/^#+\s+(.*)$/gm)].map((m) => slug(m[1])),
    ...[...text.matchAll(/id="([^"]+)"/g)].map((m) => m[1]),
  ]);
}

/** Every relative link target of a page: [text](target) and ![alt](target). */
const linksOf = (page: string) =>
  [...prose(readFileSync(page, "utf8")).matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^(https?:|mailto:)/.test(target));

describe("the docs", () => {
  it.each(PAGES.map((page) => [relative(ROOT, page), page]))("%s: every relative link and image resolves", (_, page) => {
    const broken = linksOf(page).filter((target) => {
      const [path, anchor] = target.split("#");
      const file = path === "" ? page : join(dirname(page), decodeURIComponent(path));
      if (!existsSync(file)) return true;
      return anchor !== undefined && file.endsWith(".md") && !anchorsOf(file).has(anchor);
    });
    expect(broken).toEqual([]);
  });

  it("link the guides and engineering pages from the README, and every page from its index", () => {
    const readme = linksOf(join(ROOT, "README.md"));
    for (const index of ["docs/guide/README.md", "docs/engineering/README.md", "docs/functions.md", "CHANGELOG.md"])
      expect(readme).toContain(index);
    for (const folder of ["docs/guide", "docs/engineering"]) {
      const listed = linksOf(join(ROOT, folder, "README.md"));
      for (const page of readdirSync(join(ROOT, folder)).filter((name) => name.endsWith(".md") && name !== "README.md"))
        expect(listed).toContain(page);
    }
  });

  it("keep the README to what a newcomer needs: at most about 10 KB", () => {
    expect(statSync(join(ROOT, "README.md")).size).toBeLessThanOrEqual(10 * 1024);
  });

  it("name the system packages from the list .ci/run installs and npm test checks", () => {
    const listed = readFileSync(join(ROOT, "scripts/system-packages.txt"), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.startsWith("#"))
      .map((line) => line.trim().split(/\s+/)[0]);
    expect(listed.length).toBeGreaterThanOrEqual(4);
    const install = /apt-get install ([^\n`]+)/.exec(readFileSync(join(ROOT, "README.md"), "utf8"));
    expect(install?.[1].trim().split(/\s+/)).toEqual(listed);
    const ci = readFileSync(join(ROOT, ".ci/run"), "utf8");
    expect(ci).toContain("scripts/systemPackages.mjs --missing");
    expect(ci).toMatch(/^npm test$/m);
  });
});
