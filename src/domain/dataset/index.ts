/** The bundled dataset and its catalog, built once when the module loads. */
import { createCatalog } from "./catalog";
import { dataset } from "./data";

export const bundledCatalog = createCatalog(dataset);
export { dataset as bundledDataset };
export { shownDigits } from "./catalog";
export type { Catalog, AnyMetric, CatalogDeal, SourcedRecord } from "./catalog";
export type * from "./schema";
