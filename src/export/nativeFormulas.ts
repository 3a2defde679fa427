/**
 * Native Excel formulas for COMPUTE calls that have a closed form, so a file without the add-in
 * keeps recalculating. Each must agree with the add-in's own function; the LibreOffice test
 * recalculates them and compares.
 */
import type { AiShareModel, ExtrapolationMethod } from "../domain/model/aiShare";

/** Where the article's AI-share series sits in the workbook, as absolute ranges. */
export interface SeriesRanges {
  years: string;
  shares: string;
}

const number = (n: number) => String(Number(n.toPrecision(17)));

/**
 * COMPUTE.AISHARE(year, method) without the add-in: #N/A before the series, linear
 * interpolation over the series' rows within it (exact at its years), then the method's
 * extrapolation with its fitted constants written out.
 */
export function nativeAiShare(year: string, method: ExtrapolationMethod, model: AiShareModel, series: SeriesRanges): string {
  const { years, shares } = series;
  const last = model.points[model.points.length - 1];
  const at = (range: string, offset: string) => `INDEX(${range},MATCH(${year},${years},1)${offset})`;
  const interpolated = `${at(shares, "")}+IFERROR((${year}-${at(years, "")})*(${at(shares, "+1")}-${at(shares, "")})/(${at(years, "+1")}-${at(years, "")}),0)`;
  const extrapolated = {
    hold: number(last.share),
    linear: `MIN(1,${number(last.share)}+${number(model.linearSlope)}*(${year}-${last.year}))`,
    logistic: `1/(1+EXP(-(${number(Math.log(last.share / (1 - last.share)))}+${number(model.logisticSteepness)}*(${year}-${last.year}))))`,
  }[method];
  return `=IF(${year}<${model.firstYear},NA(),IF(${year}<=${model.lastYear},${interpolated},${extrapolated}))`;
}
