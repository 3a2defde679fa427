import { packBatches, payloadBytes, rowBlocks } from "../../src/domain/payload";

describe("request sizes", () => {
  it("measures a value as the UTF-8 JSON it travels as", () => {
    expect(payloadBytes([["a", 1]])).toBe('[["a",1]]'.length);
    // A CJK character is three bytes in UTF-8.
    expect(payloadBytes("交易")).toBe(2 + 6);
    // As TextEncoder counts: two-byte, three-byte and four-byte (surrogate pair) characters.
    for (const text of ["é", "算力", "𝔸x", 'a\u0000"b']) expect(payloadBytes(text)).toBe(Buffer.byteLength(JSON.stringify(text)));
  });

  it("cuts rows into blocks under the budget, a heavy row alone, none lost", () => {
    const rows = [3, 3, 3, 10, 1, 1, 2];
    const blocks = rowBlocks(rows, 6);
    expect(blocks).toEqual([
      { from: 0, count: 2 },
      { from: 2, count: 1 },
      { from: 3, count: 1 },
      { from: 4, count: 3 },
    ]);
    expect(blocks.reduce((sum, b) => sum + b.count, 0)).toBe(rows.length);
    expect(rowBlocks([], 6)).toEqual([]);
  });

  it("packs steps in order into batches under the budget", () => {
    const steps = [4, 3, 2, 9, 1, 1].map((bytes, i) => ({ bytes, i }));
    const batches = packBatches(steps, 6);
    expect(batches.map((batch) => batch.map((step) => step.i))).toEqual([[0], [1, 2], [3], [4, 5]]);
    expect(batches.flat().map((step) => step.i)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
