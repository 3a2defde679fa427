// The portable workbook read by an independent program: LibreOffice recalculates its formulas
// (with the cached results removed, so it must compute them itself) and they must equal what
// the add-in's own code computed, to 1e-9 relative.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
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

/** Writes the portable workbook with `npm run workbook`'s script, in a language. */
function writeWorkbook(language) {
  const file = join(OUT, `compute-alliances-${language}.xlsx`);
  const written = spawnSync(
    process.execPath,
    [join(ROOT, "scripts/workbook.mjs"), "--out", file, "--lang", language, "--date", "2025-10-01T00:00:00Z"],
    { encoding: "utf8" },
  );
  assert.equal(written.status, 0, written.stderr);
  return file;
}

/** Converts with LibreOffice, as `soffice --convert-to`; returns the converted file. */
function convert(file, format, outdir = OUT) {
  const converted = spawnSync("soffice", ["--headless", "--convert-to", format, file, "--outdir", outdir], {
    encoding: "utf8",
    timeout: 180_000,
  });
  assert.equal(converted.status, 0, `LibreOffice (apt-get install libreoffice-calc-nogui): ${converted.stderr}`);
  return join(
    outdir,
    file
      .split("/")
      .pop()
      .replace(/\.xlsx$/, `.${format}`),
  );
}

describe("npm run workbook, recalculated by LibreOffice", () => {
  before(() => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
  });

  it("gives the same numbers without the add-in", async () => {
    const file = writeWorkbook("en");

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
      // A date (a scenario's run-out month): ExcelJS reads it back as a Date, LibreOffice writes it as shown.
      if (value instanceof Date) {
        const [y, m, d] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
        assert.equal(text, `${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")}/${y}`, `${sheet} R${row}C${col}`);
        continue;
      }
      if (typeof value === "object") {
        assert.equal(text, value.error, `${sheet} R${row}C${col}`);
        continue;
      }
      // A formula whose result is text: the Money map's "not stated".
      if (typeof value === "string") {
        assert.equal(text, value, `${sheet} R${row}C${col}`);
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
    const figure = (id) => figures.find((cells) => cells[6] === id);
    assert.equal(figure("chips-act-funding")[11], "≈$200.00B");
    // Derived figures show the digits their inputs support (precision.ts).
    assert.equal(figure("chips-act-funding-per-year")[11], "≈$20B/yr");
    assert.equal(figure("openai-revenue-2024")[11], "≈$3.7B");
    assert.equal(figure("xai-valuation")[11], ">$20.00B");
    assert.equal(figure("openai-loss-to-revenue-2025h1")[11], "≈3.1×");
    assert.equal(figure("openai-revenue-2024")[9], "Revenue (implied)");

    // The Money map's SUMIFS read the Deals table by its structured references, as Excel does.
    const map = shown("Money map");
    const header = map[3];
    const row = (name) => map.find((cells) => cells[0] === name);
    assert.equal(row("Nvidia")[header.indexOf("OpenAI")], "$100.0B");
    assert.equal(row("OpenAI")[header.indexOf("Oracle")], "$300.0B");
    // Oracle buys Nvidia's chips, for an amount the article does not state; Oracle pays OpenAI nothing.
    assert.equal(row("Oracle")[header.indexOf("Nvidia")], "not stated");
    assert.equal(row("Oracle")[header.indexOf("OpenAI")], "–");
    assert.equal(row("total in (stated)")[header.indexOf("Oracle")], "$300.0B");
    assert.equal(row("+ flows in, no amount")[header.indexOf("Intel")], "2");
    assert.ok(map.some((cells) => cells[0] === "Nvidia → OpenAI → Oracle → Nvidia"));
  });

  it("keeps text as text: every text cell is a string in the file, formatted as text, and LibreOffice reads the same strings back", async () => {
    const file = writeWorkbook("zh-TW");
    const strings = async (path) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      const found = new Map();
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            // LibreOffice splits text into runs where its font changes (Latin, then CJK): still one string.
            const text = cell.value?.richText ? cell.value.richText.map((run) => run.text).join("") : cell.value;
            if (typeof text === "string") found.set(`${sheet.name}!${cell.address}`, { value: text, format: cell.numFmt });
          }),
        ),
      );
      return found;
    };
    const written = await strings(file);
    // The dates the article gives to a month or a year are text, as the add-in writes them live.
    const deals = [...written].filter(([where, { value }]) => where.startsWith("交易!L") && /^\d{4}(-\d{2})?$/.test(value));
    assert.ok(
      deals.some(([, { value }]) => value === "2025-09"),
      "a year-month is text",
    );
    assert.ok(
      deals.every(([, { format }]) => format === "@"),
      "formatted as text",
    );
    const read = await strings(convert(file, "xlsx", join(OUT, "roundtrip")));
    const lost = [...written].filter(([where, { value }]) => read.get(where)?.value !== value);
    assert.deepEqual(lost, [], "every string LibreOffice read back as the same string");
  });

  it("keeps every chart: LibreOffice reads each one as a chart object over the tables' ranges, and prints it", async () => {
    for (const language of ["en", "zh-TW"]) {
      const file = writeWorkbook(language);
      const ods = await JSZip.loadAsync(readFileSync(convert(file, "ods")));
      const content = await ods.file("content.xml").async("string");
      const objects = [...content.matchAll(/<draw:object draw:notify-on-update-of-ranges="([^"]*)" xlink:href="\.\/([^"]+)"/g)];
      assert.equal(objects.length, 4, `${language}: the Deals, AI share, scenario and outlook charts`);
      const charts = await Promise.all(objects.map(([, , name]) => ods.file(`${name}/content.xml`).async("string")));
      const classes = charts.map((chart) => /<chart:chart [^>]*chart:class="chart:(\w+)"/.exec(chart)[1]);
      assert.deepEqual(classes, ["bar", "scatter", "scatter", "scatter"]);
      assert.match(objects[0][1], /\.G4:[^ ]*\.G18$/, "the deals chart reads the value column");
      const title = (chart) => /<chart:title[^>]*><text:p>([^<]*)<\/text:p>/.exec(chart)[1];
      assert.equal(title(charts[0]), language === "en" ? "Deals by headline value (US$)" : "依金額排列的交易（美元）");

      // Printed to PDF and rendered page by page, for a person to look at (test-results/portable/).
      const pages = join(OUT, `pages-${language}`);
      mkdirSync(pages, { recursive: true });
      const pdf = convert(file, "pdf");
      const rendered = spawnSync("pdftoppm", ["-r", "110", "-png", pdf, join(pages, "page")], { encoding: "utf8" });
      assert.equal(rendered.status, 0, `pdftoppm (apt-get install poppler-utils): ${rendered.stderr}`);
      assert.ok(readdirSync(pages).filter((name) => name.endsWith(".png")).length >= 7, "a page or more for each sheet");
      assert.ok(existsSync(join(pages, "page-1.png")));
    }
  });
});

describe("npm run workbook, recalculated by Gnumeric", () => {
  it("calculates every Money map formula (Gnumeric reads no structured references), to the same flows", () => {
    mkdirSync(OUT, { recursive: true });
    const file = writeWorkbook("zh-TW");
    // ssconvert recalculates the whole file and writes each sheet as CSV; a formula it could not
    // read would be left as its text.
    const pattern = join(OUT, "gnumeric-%n.csv");
    const converted = spawnSync("ssconvert", ["--recalc", "-S", "-T", "Gnumeric_stf:stf_csv", file, pattern], {
      encoding: "utf8",
      timeout: 120_000,
    });
    assert.equal(converted.status, 0, `Gnumeric (apt-get install gnumeric): ${converted.stderr}`);
    const moneyMap = parseCsv(readFileSync(join(OUT, "gnumeric-2.csv"), "utf8"));
    const cells = moneyMap.flat();
    assert.deepEqual(
      cells.filter((cell) => cell.startsWith("=") || /\[[^\]]*\]/.test(cell)),
      [],
      "formulas Gnumeric kept as text",
    );
    const header = moneyMap.find((row) => row[0].startsWith("付款方"));
    const rowOf = (name) => moneyMap.find((row) => row[0] === name);
    assert.equal(Number(rowOf("OpenAI")[header.indexOf("Oracle")]), 300e9);
    assert.equal(Number(rowOf("Nvidia")[header.indexOf("OpenAI")]), 100e9);
  });
});
