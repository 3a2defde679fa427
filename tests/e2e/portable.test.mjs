// The portable workbook read by an independent program: LibreOffice recalculates its formulas
// (with the cached results removed, so it must compute them itself) and they must equal what
// the add-in's own code computed, to 1e-9 relative.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import ExcelJS from "exceljs";
import { RESULTS, ROOT } from "./harness.mjs";

const OUT = join(RESULTS, "portable");

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[i++];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** The sheets of an .xlsx as LibreOffice shows them: every cell's text as formatted. */
function shownBy(file, name) {
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";
  const converted = spawnSync("soffice", ["--headless", "--convert-to", filter, file, "--outdir", OUT], {
    encoding: "utf8",
    timeout: 120_000,
  });
  assert.equal(converted.status, 0, `LibreOffice (apt-get install libreoffice-calc-nogui): ${converted.stderr}`);
  return (sheet) => parseCsv(readFileSync(join(OUT, `${name}-${sheet}.csv`), "utf8"));
}

describe("npm run workbook, recalculated by LibreOffice", () => {
  it("gives the same numbers without the add-in", async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, "compute-alliances.xlsx");
    const written = spawnSync(
      process.execPath,
      [join(ROOT, "scripts/workbook.mjs"), "--out", file, "--date", "2025-10-01T00:00:00Z"],
      { encoding: "utf8" },
    );
    assert.equal(written.status, 0, written.stderr);

    // Keep our results aside, then remove them from the file LibreOffice gets.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const expected = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value && typeof cell.value === "object" && "formula" in cell.value) {
            // ExcelJS's reader drops a cached result of 0 (the file holds <v>0</v>; the jest
            // tests check every formula has its <v>).
            expected.push({ sheet: sheet.name, row: cell.row, col: cell.col, value: cell.value.result ?? 0 });
            cell.value = { formula: cell.value.formula };
          }
        }),
      ),
    );
    assert.ok(expected.length > 0);
    const uncached = join(OUT, "uncached.xlsx");
    await workbook.xlsx.writeFile(uncached);

    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    const converted = spawnSync("soffice", ["--headless", "--convert-to", filter, uncached, "--outdir", OUT], {
      encoding: "utf8",
      timeout: 120_000,
    });
    assert.equal(converted.status, 0, `LibreOffice (apt-get install libreoffice-calc-nogui): ${converted.stderr}`);

    for (const { sheet, row, col, value } of expected) {
      const rows = parseCsv(readFileSync(join(OUT, `uncached-${sheet}.csv`), "utf8"));
      // LibreOffice writes percentages with their sign even when asked for raw values.
      const text = rows[row - 1][col - 1];
      const computed = text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
      if (typeof value === "object") {
        assert.equal(text, value.error, `${sheet} R${row}C${col}`);
        continue;
      }
      assert.ok(
        Math.abs(computed - value) <= 1e-9 * Math.abs(value),
        `${sheet} R${row}C${col}: LibreOffice ${computed}, add-in ${value}`,
      );
    }

    // Each figure's qualifier is in its number format: the cell keeps its number, and shows
    // the sign before it, as another program formats it.
    const shown = shownBy(uncached, "uncached");
    const deals = shown("Deals");
    const warrant = deals.find((cells) => cells[0] === "amd-openai-warrant");
    assert.equal(warrant[8], "<10.0%");
    assert.equal(warrant[10], "nearly");
    assert.equal(deals.find((cells) => cells[0] === "openai-oracle-compute")[6], "$300.0B");
    const figures = shown("Compute spend");
    const figure = (id) => figures.find((cells) => cells[5] === id);
    assert.equal(figure("chips-act-funding")[10], "≈$200.00B");
    assert.equal(figure("chips-act-funding-per-year")[10], "≈$20.00B/yr");
    assert.equal(figure("xai-valuation")[10], ">$20.00B");
    assert.equal(figure("openai-loss-to-revenue-2025h1")[10], "3.14×");
    assert.equal(figure("openai-revenue-2024")[8], "Revenue (implied)");

    // The Money map's SUMIFS read the Deals table by its structured references, as Excel does.
    const map = shown("Money map");
    const header = map[3];
    const row = (name) => map.find((cells) => cells[0] === name);
    assert.equal(row("Nvidia")[header.indexOf("OpenAI")], "$100.0B");
    assert.equal(row("OpenAI")[header.indexOf("Oracle")], "$300.0B");
    assert.equal(row("Oracle")[header.indexOf("Nvidia")], "–");
    assert.equal(row("total in")[header.indexOf("Oracle")], "$300.0B");
    assert.ok(map.some((cells) => cells[0] === "Nvidia → OpenAI → Oracle → Nvidia"));
  });
});
