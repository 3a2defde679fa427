// Types for budgets.js, which the TypeScript bench reads.
export const INITIAL_PANE_KIB: number;
export const FUNCTIONS_KIB: number;
export function initialScripts(html: string): string[];
