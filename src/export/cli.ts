/**
 * npm run workbook -- --out FILE [--lang en|zh-CN|zh-TW] [--date ISO-8601]
 *
 * Writes the add-in's sheets as a portable .xlsx. The file is written beside its destination
 * and renamed into place, so a failure never leaves a partial file. --date fixes the time
 * recorded in the file (the About sheet and the package's dates); by default it is now.
 */
import { promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";
import { bundledCatalog } from "../domain/dataset";
import { LANGUAGES, type Language } from "../domain/language";
import { planContext } from "../domain/layout/workbookPlan";
import { presetInputs } from "../domain/scenario/definition";
import { workbookPlans } from "../domain/workbookPlans";
import { ADDIN_VERSION } from "../version";
import { buildWorkbook, workbookBytes } from "./xlsx";

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = "Usage: npm run workbook -- --out FILE.xlsx [--lang en|zh-CN|zh-TW] [--date 2025-10-01T00:00:00Z]";

function parse(argv: readonly string[]): { out: string; language: Language; date: Date } | string {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (!["--out", "--lang", "--date"].includes(flag)) return `Unknown argument "${flag}".`;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) return `${flag} needs a value.`;
    options.set(flag, value);
    i++;
  }
  const out = options.get("--out");
  if (!out) return "--out is required: the .xlsx file to write.";
  if (!out.toLowerCase().endsWith(".xlsx")) return `--out must name an .xlsx file; got "${out}".`;
  const language = options.get("--lang") ?? "en";
  if (!(LANGUAGES as readonly string[]).includes(language))
    return `--lang must be one of ${LANGUAGES.join(", ")}; got "${language}".`;
  const date = new Date(options.get("--date") ?? Date.now());
  if (Number.isNaN(date.getTime())) return `--date must be an ISO 8601 date and time; got "${options.get("--date")}".`;
  return { out, language: language as Language, date };
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parse(argv);
  if (typeof options === "string") {
    io.err(options);
    io.err(USAGE);
    return 2;
  }
  const { language, date } = options;
  // A default scenario, xAI's as the article gives it, so the file shows the scenario sheets too.
  const scenario = { id: "xAI", name: "xAI", inputs: presetInputs(bundledCatalog, "xai") };
  const plans = workbookPlans({
    catalog: bundledCatalog,
    context: { ...planContext(language, date, ADDIN_VERSION), portable: true },
    parts: ["tables", "scenarios"],
    scenarios: [scenario],
  }).sheets;
  const file = buildWorkbook(plans, { catalog: bundledCatalog, language, created: date });
  const bytes = await workbookBytes(file, date);
  const temporary = join(dirname(options.out), `.${basename(options.out)}.${process.pid}.partial`);
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, options.out);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    io.err(`Could not write ${options.out}: ${(error as Error).message}`);
    return 1;
  }
  io.out(`Wrote ${options.out} (${bytes.length} bytes): ${plans.map((p) => p.name).join(", ")}.`);
  return 0;
}
