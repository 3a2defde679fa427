/** What one cell of a sheet plan or a function result holds. */
export type CellValue = string | number | boolean;

/** "" is a figure the article does not state: an empty cell. */
export const NOT_STATED = "";
