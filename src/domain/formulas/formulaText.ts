/**
 * Formula text from a parsed tree: the inverse of parse.ts, kept apart from it so that the
 * parser the pane loads at start stays small (only the Explain view prints formulas).
 */
import { CELL, PRECEDENCE, type FormulaNode } from "./parse";

/** A sheet name as a formula writes it: bare where Excel allows, else quoted with quotes doubled. */
function sheetPrefix(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !CELL.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/**
 * Formula text of a tree, without the leading "=", with parentheses only where precedence
 * needs them: what the pane shows for one argument, and what parses back to the same tree.
 */
export function formulaText(node: FormulaNode): string {
  switch (node.kind) {
    case "number":
      return String(node.value);
    case "text":
      return `"${node.value.replace(/"/g, '""')}"`;
    case "boolean":
      return node.value ? "TRUE" : "FALSE";
    case "reference":
      return node.sheet === null ? node.address : `${sheetPrefix(node.sheet)}${node.address}`;
    case "structured":
      return `${node.table}[${node.specifier}]`;
    case "name":
      return node.name;
    case "call":
      return `${node.name}(${node.args.map(formulaText).join(",")})`;
    case "array":
      return `{${node.rows.map((row) => row.map(formulaText).join(",")).join(";")}}`;
    case "unary": {
      const operand = formulaText(node.operand);
      return node.operand.kind === "binary" || node.operand.kind === "unary"
        ? `${node.operator}(${operand})`
        : `${node.operator}${operand}`;
    }
    case "binary": {
      const rank = PRECEDENCE[node.operator];
      // Left-associative: the left side needs parentheses only when it binds more loosely,
      // the right side also when it binds equally (1-(2-3)).
      const side = (child: FormulaNode, strict: boolean) => {
        const text = formulaText(child);
        if (child.kind !== "binary") return text;
        const childRank = PRECEDENCE[child.operator];
        return childRank < rank || (strict && childRank === rank) ? `(${text})` : text;
      };
      return `${side(node.left, false)}${node.operator}${side(node.right, true)}`;
    }
  }
}
