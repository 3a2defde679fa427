import fc from "fast-check";
import { LANGUAGES } from "../../../src/domain/language";
import {
  formatAnalystNumber,
  formatAnalystPercent,
  isNumberProblem,
  parseAnalystNumber,
  type ParsedNumber,
} from "../../../src/domain/numbers";

const amount = (text: string, language: (typeof LANGUAGES)[number] = "en") => parseAnalystNumber(text, language);
const rate = (text: string) => parseAnalystNumber(text, "en", { percent: true });

describe("parseAnalystNumber reads numbers as analysts write them", () => {
  it.each<[string, number]>([
    ["20000000000", 20e9],
    ["20,000,000,000", 20e9],
    ["20B", 20e9],
    ["20b", 20e9],
    ["20 bn", 20e9],
    ["US$20 billion", 20e9],
    ["$20B", 20e9],
    ["US$ 20.5bn", 20.5e9],
    ["2.3B", 2_300_000_000],
    ["1.5m", 1.5e6],
    ["1.5 million", 1.5e6],
    ["750k", 750e3],
    ["1.2tn", 1.2e12],
    ["200億美元", 20e9],
    ["200亿美元", 20e9],
    ["2百億", 20e9],
    ["2百亿", 20e9],
    ["1.5億", 150e6],
    ["3千萬", 30e6],
    ["5萬", 5e4],
    ["1兆", 1e12],
    ["美元200億", 20e9],
    ["２００億美元", 20e9],
    ["２０Ｂ", 20e9],
    ["2%", 0.02],
    ["２％", 0.02],
    ["-5", -5],
    ["−1.5B", -1.5e9],
    ["US$-5", -5],
    ["+7", 7],
    ["0.5", 0.5],
    [".5", 0.5],
    ["1,234.5", 1234.5],
    ["  42  ", 42],
    ["-0", 0],
  ])("%s is %d", (text, expected) => {
    expect(amount(text)).toBe(expected);
  });

  it.each<[string, number]>([
    ["2%", 0.02],
    ["2", 0.02],
    ["0.5", 0.005],
    ["-1.5%", -0.015],
    ["7%", 0.07],
    ["２％", 0.02],
  ])("in a rate field, %s is %d", (text, expected) => {
    expect(rate(text)).toBe(expected);
  });

  it.each<[string, ParsedNumber]>([
    ["", { kind: "empty" }],
    ["   ", { kind: "empty" }],
    ["US$", { kind: "empty" }],
    ["2,5", { kind: "ambiguousComma" }],
    ["1,23", { kind: "ambiguousComma" }],
    ["12,3456", { kind: "ambiguousComma" }],
    ["1.2.3", { kind: "manyDecimalPoints" }],
    ["2bm", { kind: "mixedUnits" }],
    ["2B億", { kind: "mixedUnits" }],
    ["5%萬", { kind: "mixedUnits" }],
    ["2億萬", { kind: "mixedUnits" }],
    ["twenty", { kind: "unreadable", text: "t" }],
    ["20 apples", { kind: "unreadable", text: "a" }],
    ["20 bn apples", { kind: "unreadable", text: "a" }],
    ["1e999", { kind: "unreadable", text: "e" }],
    ["9".repeat(400), { kind: "tooLarge" }],
  ])("refuses %j: %j", (text, problem) => {
    expect(amount(text)).toEqual(problem);
  });

  it("shows zero as 0 and 0%", () => {
    expect([formatAnalystNumber(0, "en"), formatAnalystPercent(0, "en"), formatAnalystPercent(-0, "en")]).toEqual([
      "0",
      "0%",
      "0%",
    ]);
    expect(formatAnalystNumber(20e9, "zh-TW")).toBe("20,000,000,000");
    expect(formatAnalystPercent(0.0205, "en")).toBe("2.05%");
  });

  it("refuses a scale in a rate field, where only a percentage makes sense", () => {
    expect(rate("2B")).toEqual({ kind: "mixedUnits" });
  });

  it.each(LANGUAGES)("reads back every number it formats, in %s (3000 runs each)", (language) => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(parseAnalystNumber(formatAnalystNumber(value, language), language)).toBe(value === 0 ? 0 : value);
        const asRate = parseAnalystNumber(formatAnalystPercent(value, language), language, { percent: true });
        // A percentage of a tiny or huge number may leave the doubles; the text is then refused, never misread.
        if (!isNumberProblem(asRate)) expect(asRate).toBe(value === 0 ? 0 : value);
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws, whatever the text (10000 runs)", () => {
    const pieces = fc.constantFrom("1", "2", ",", ".", "%", "B", "億", "百", "US$", "美元", "-", " ", "Ｂ", "e", "k", "萬");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.array(pieces).map((p) => p.join("")),
        ),
        (text) => {
          const parsed = parseAnalystNumber(text, "en");
          expect(typeof parsed === "number" ? Number.isFinite(parsed) : typeof parsed.kind).toBe(
            typeof parsed === "number" ? true : "string",
          );
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
