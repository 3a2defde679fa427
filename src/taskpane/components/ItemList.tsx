import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** A plain list of panels: a list to screen readers, a stack of cards to the eye. */
export function ItemList({ children }: { children: ReactNode }) {
  return <ul className={useStyles().list}>{children}</ul>;
}
