/** Explain this cell: facts in (facts.ts), an explanation out (types.ts). */
export { explainCell } from "./explain";
export {
  MAX_REFERENCES,
  referenceKey,
  referencesToRead,
  type CellFacts,
  type ReferenceFacts,
  type ReferenceRequest,
  type TableCellFacts,
} from "./facts";
export { formulaWords } from "./figure";
export { SENSITIVITY_STEP } from "./runwayDetail";
export type * from "./types";
