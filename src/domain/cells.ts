/** What one cell of a sheet plan or a function result holds. */
export type CellValue = string | number | boolean;

/** "" is a figure the article does not state: an empty cell. */
export const NOT_STATED = "";

/**
 * Text a cell shows as it is, whatever it starts with. Excel reads a value starting with "=",
 * "+", "-" or "@" as a formula, so text that starts so (a scenario's name, a dataset text) is
 * planned with Excel's quote prefix, an apostrophe, which Excel keeps as formatting, not as text
 * (office-js #6687). Every other text is kept as text by its cell's text format (layout/plan.ts).
 */
export const literalText = (value: string) => (/^[=+\-@']/.test(value) ? `'${value}` : value);

/** A planned cell that is quoted text (literalText). */
export const isQuotedText = (cell: CellValue) => typeof cell === "string" && /^'[=+\-@']/.test(cell);

/** The text a literalText cell shows: what Excel holds, and what a file format, which never reads text as a formula, stores. */
export const shownText = (cell: string) => (isQuotedText(cell) ? cell.slice(1) : cell);

/** What a cell holds once a planned cell is written: quoted text without its apostrophe. */
export const heldValue = (cell: CellValue): CellValue => (typeof cell === "string" ? shownText(cell) : cell);

/**
 * Text to write over a cell whose number format is not the add-in's (Make portable writes a
 * formula's value in its place): Excel's quote prefix keeps it text whatever it looks like.
 */
export const quotePrefixed = (text: string) => (text === "" ? "" : `'${text}`);
