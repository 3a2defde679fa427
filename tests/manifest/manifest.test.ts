import { readFileSync } from "node:fs";
import { join } from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../build/manifestRules") as { checkManifest: (xml: string, options?: object) => string[] };

const root = join(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const options = { assetsDir: join(root, "assets"), publicUrl: "https://localhost:3000/" };

describe("manifest.xml", () => {
  it("passes every offline check", () => {
    expect(checkManifest(manifest, options)).toEqual([]);
  });

  it("declares display name and description overrides for zh-CN and zh-TW", () => {
    for (const locale of ["zh-CN", "zh-TW"]) {
      expect(manifest.match(new RegExp(`Override Locale="${locale}"`, "g"))?.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("checkManifest catches", () => {
  const broken = (from: string, to: string) => {
    expect(manifest).toContain(from);
    return checkManifest(manifest.replace(from, to), options);
  };

  it.each([
    ["malformed XML", "</OfficeApp>", "</OfficeAp>", /XML/],
    [
      "a FunctionFile with another resid",
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="Help.Url"/>',
      /FunctionFile uses resid Help.Url/,
    ],
    [
      "a Runtime with another resid",
      '<Runtime resid="Taskpane.Url" lifetime="long"/>',
      '<Runtime resid="Help.Url" lifetime="long"/>',
      /Runtime uses resid/,
    ],
    ["a short-lived runtime", 'lifetime="long"', 'lifetime="short"', /lifetime="long"/],
    ["an undefined resid", '<Label resid="Tab.Label"/>', '<Label resid="Tab.Nope"/>', /Tab\.Nope"> refers to nothing/],
    [
      "an HTTP URL",
      'DefaultValue="https://localhost:3000/help.html"/>',
      'DefaultValue="http://localhost:3000/help.html"/>',
      /not HTTPS/,
    ],
    ["a missing icon", "assets/icon-80.png", "assets/icon-81.png", /icon file missing/],
    ["another namespace", 'DefaultValue="COMPUTE"', 'DefaultValue="CONTOSO"', /namespace must be COMPUTE/],
    [
      "a missing permission",
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>ReadDocument</Permissions>",
      /ReadWriteDocument/,
    ],
  ])("%s", (_what, from, to, expected) => {
    expect(broken(from, to).join("\n")).toMatch(expected);
  });
});
