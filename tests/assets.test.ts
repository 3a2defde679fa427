/** The icons are drawn from one source: every PNG the manifest names is assets/icon.svg rasterised. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

const ASSETS = join(__dirname, "..", "assets");

describe("icons", () => {
  it.each([16, 32, 64, 80, 128])("icon-%i.png is assets/icon.svg at that size", (size) => {
    const svg = readFileSync(join(ASSETS, "icon.svg"), "utf8");
    const rendered = new Resvg(svg, { fitTo: { mode: "width", value: size } }).render();
    expect(rendered.width).toBe(size);
    expect(Buffer.from(rendered.asPng()).equals(readFileSync(join(ASSETS, `icon-${size}.png`)))).toBe(true);
  });
});
