/**
 * What a record took from context rather than from the article's words, as one cell's text:
 * "date: year from context: …; status: …". Empty where the article states everything.
 */
export function inferredText(inferred: Readonly<Record<string, string | undefined>>): string {
  return Object.entries(inferred)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([field, why]) => `${field}: ${why}`)
    .join("; ");
}

/** The fields a record took from context. */
export const inferredFields = (inferred: Readonly<Record<string, string | undefined>>): string[] =>
  Object.keys(inferred).filter((field) => inferred[field] !== undefined);
