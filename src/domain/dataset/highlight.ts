/**
 * Where a figure stands in its Chinese source sentence, so the pane can mark it: 300,000,000,000
 * in "3000億美元", 0.099 in "9.9%". Each number the sentence writes is read with the pane's own
 * parser (numbers.ts) and compared with the figure.
 */
import { parseAnalystNumber } from "../numbers";

/** A number as Chinese text writes it: digits, then multipliers, then 美元 or a percent sign. */
const WRITTEN_NUMBER = /[0-9０-９][0-9０-９.,]*\s*[十百千萬万億亿兆]*\s*(?:美元|%|％)?/g;

/** Whether two figures are the same number, to nine significant digits. */
export const sameFigure = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/** The first stretch of the sentence that writes one of the figures, tried in order; null where none does. */
export function figureInSentence(sentence: string, figures: readonly number[]): { start: number; end: number } | null {
  const written = [...sentence.matchAll(WRITTEN_NUMBER)].flatMap((match) => {
    const text = match[0].trimEnd();
    const value = parseAnalystNumber(text, "zh-TW");
    return typeof value === "number" ? [{ start: match.index, end: match.index + text.length, value }] : [];
  });
  for (const figure of figures) {
    const found = written.find((w) => sameFigure(w.value, figure));
    if (found) return { start: found.start, end: found.end };
  }
  return null;
}
