/**
 * How each kind of planned cell looks, decided once here and applied as it is by both adapters
 * (the live workbook and the portable file).
 */
export type Emphasis = "title" | "heading" | "body" | "input";

export interface CellStyle {
  readonly bold?: boolean;
  /** Points. */
  readonly fontSize?: number;
  /** "#RRGGBB". */
  readonly fill?: string;
  readonly fontColor?: string;
}

export const EMPHASIS_STYLES: Readonly<Record<Emphasis, CellStyle>> = {
  title: { bold: true, fontSize: 14 },
  heading: { bold: true, fontSize: 12 },
  body: {},
  // Excel's own "Input" cell style colours, so inputs look as analysts expect them to.
  input: { fill: "#FFCC99", fontColor: "#3F3F76" },
};

/** A managed cell the analyst overrode: it keeps their value and looks it (the add-in clears it once restored). */
export const OVERRIDE_FILL = "#FFF2CC";
