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
  });
});
