/**
 * Request sizes. Excel on the web refuses a request or a response over 5 MB
 * (RequestPayloadSizeLimitExceeded), so the writer keeps each batch under a budget, with room
 * to spare for what its estimate leaves out. The estimate is the JSON the data travels as, plus
 * a fixed amount per call for its object path and method.
 */

/** The most a batch of writes, or a read, may carry by the estimate: 4 MB of the web's 5. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** What one queued call costs beyond its data: its object path, method and ids. */
export const CALL_BYTES = 200;

/** A value's size as UTF-8 JSON, as it travels in a request or a response. */
export function payloadBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // UTF-16 units beyond ASCII take 2 or 3 bytes; a surrogate pair (two units) takes 4.
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 1 : 2;
  }
  return bytes;
}

/**
 * Rows [from, from + count) in blocks whose rows together weigh at most `budget` bytes; a row
 * heavier than the budget on its own is a block by itself.
 */
export function rowBlocks(rowBytes: readonly number[], budget: number): { from: number; count: number }[] {
  const blocks: { from: number; count: number }[] = [];
  let from = 0;
  let weight = 0;
  rowBytes.forEach((bytes, row) => {
    if (row > from && weight + bytes > budget) {
      blocks.push({ from, count: row - from });
      from = row;
      weight = 0;
    }
    weight += bytes;
  });
  if (rowBytes.length > from) blocks.push({ from, count: rowBytes.length - from });
  return blocks;
}

/** Consecutive items packed into batches of at most `budget` bytes, in order; an item over it alone. */
export function packBatches<T extends { readonly bytes: number }>(items: readonly T[], budget: number): T[][] {
  const batches: T[][] = [];
  let weight = 0;
  for (const item of items) {
    const current = batches.at(-1);
    if (current && weight + item.bytes <= budget) {
      current.push(item);
      weight += item.bytes;
    } else {
      batches.push([item]);
      weight = item.bytes;
    }
  }
  return batches;
}
