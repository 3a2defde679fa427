// Rasterises the add-in's icon, assets/icon.svg, to every PNG size the manifest names, with
// resvg (a maintained SVG renderer). Run it after changing the design:
//   node scripts/make-icons.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

const SIZES = [16, 32, 64, 80, 128];
const svg = readFileSync(new URL("../assets/icon.svg", import.meta.url), "utf8");

for (const size of SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png);
}
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
