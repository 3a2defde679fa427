/**
 * AISHARE explained: the article's point it reads, the two points it interpolates between, or
 * the extrapolation method with its fitted parameter; and the series to chart it against.
 */
import type { Catalog } from "../dataset";
import { perCatalog } from "../dataset/perCatalog";
import { readArguments, type ComputeCores } from "../formulas/cores";
import { createAiShareModel } from "../model/aiShare";
import type { AiShareChartPoint, AiShareDetail, AiSharePlacement } from "./types";

const modelOf = perCatalog((catalog: Catalog) => createAiShareModel(catalog.aiShare));
const seriesOf = perCatalog((catalog: Catalog): AiShareChartPoint[] =>
  catalog.aiShare.map(({ year, share, status }) => ({ year, share, status })),
);

/** AISHARE(year, method), read and computed; null where the function gives an error. */
export function aiShareDetail(catalog: Catalog, cores: ComputeCores, raw: readonly unknown[]): AiShareDetail | null {
  const share = cores.AISHARE(raw);
  if (typeof share !== "number") return null;
  const [year, method] = readArguments("AISHARE", raw);
  const model = modelOf(catalog);
  const series = seriesOf(catalog);
  let placement: AiSharePlacement;
  const exact = series.find((point) => point.year === year);
  if (exact) placement = { kind: "exact", point: exact };
  else if (model.isObserved(year)) {
    const right = series.findIndex((point) => point.year > year);
    placement = { kind: "interpolated", left: series[right - 1], right: series[right] };
  } else {
    const parameter = method === "logistic" ? model.logisticSteepness : method === "linear" ? model.linearSlope : null;
    placement = { kind: "extrapolated", method, from: series[series.length - 1], parameter };
  }
  return { kind: "aishare", year, share, placement, series };
}
