/**
 * The AI share of total compute spending, read off the article's series.
 *
 * - At and between the article's years: linear interpolation (exact at the given years).
 * - Before the first year: not available.
 * - After the last year, by method:
 *   - "hold": the last share.
 *   - "linear": continues the slope of the last segment, floored at 0 and capped at 1.
 *   - "logistic": a logistic curve s(t) = 1/(1+e^−(a+k·t)) whose steepness k is the
 *     least-squares slope of logit(share) against year over the whole series, anchored
 *     so it passes through the last point. It stays in (0, 1), joins the series without a
 *     jump, and never decreases (k is floored at 0).
 */
import { notAvailable, type Outcome } from "./outcome";

export const EXTRAPOLATION_METHODS = ["logistic", "linear", "hold"] as const;
export type ExtrapolationMethod = (typeof EXTRAPOLATION_METHODS)[number];
export const DEFAULT_EXTRAPOLATION: ExtrapolationMethod = "logistic";

export interface SharePoint {
  year: number;
  share: number;
}

export interface AiShareModel {
  readonly points: readonly SharePoint[];
  readonly firstYear: number;
  readonly lastYear: number;
  /** Least-squares slope of logit(share) per year. */
  readonly logisticSteepness: number;
  /** Share per year of the last segment, floored at 0: the "linear" extrapolation's slope. */
  readonly linearSlope: number;
  shareAt(year: number, method: ExtrapolationMethod): Outcome<number>;
  /** True where `year` lies inside the series (interpolated or exact), false where extrapolated. */
  isObserved(year: number): boolean;
}

const logit = (p: number) => Math.log(p / (1 - p));

export function createAiShareModel(series: readonly SharePoint[]): AiShareModel {
  const points = [...series].sort((a, b) => a.year - b.year);
  if (points.length < 2) throw new Error("The AI-share series needs at least two points");
  const first = points[0];
  const last = points[points.length - 1];
  const beforeLast = points[points.length - 2];
  const linearSlope = Math.max(0, (last.share - beforeLast.share) / (last.year - beforeLast.year));
  const steepness = Math.max(0, leastSquaresSlope(points.map((p) => [p.year, logit(p.share)])));
  const lastLogit = logit(last.share);

  function interpolate(year: number): number {
    let index = 1;
    while (points[index].year < year) index++;
    const left = points[index - 1];
    const right = points[index];
    return left.share + ((right.share - left.share) * (year - left.year)) / (right.year - left.year);
  }

  function extrapolate(year: number, method: ExtrapolationMethod): number {
    switch (method) {
      case "hold":
        return last.share;
      case "linear":
        return Math.min(1, last.share + linearSlope * (year - last.year));
      case "logistic":
        return 1 / (1 + Math.exp(-(lastLogit + steepness * (year - last.year))));
    }
  }

  return {
    points,
    firstYear: first.year,
    lastYear: last.year,
    logisticSteepness: steepness,
    linearSlope,
    isObserved: (year) => year >= first.year && year <= last.year,
    shareAt(year, method) {
      if (year < first.year) {
        return notAvailable(`year ${year} is before the series starts in ${first.year}`);
      }
      return year <= last.year ? interpolate(year) : extrapolate(year, method);
    },
  };
}

function leastSquaresSlope(xy: ReadonlyArray<readonly [number, number]>): number {
  const meanX = xy.reduce((sum, [x]) => sum + x, 0) / xy.length;
  const meanY = xy.reduce((sum, [, y]) => sum + y, 0) / xy.length;
  let covariance = 0;
  let variance = 0;
  for (const [x, y] of xy) {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  }
  return covariance / variance;
}
