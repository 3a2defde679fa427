import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { color: tokens.colorNeutralForeground3 },
});

/** A labelled part of an explanation: its heading as a caption, and the region named by it. */
export function Section({ heading, children }: { heading: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={heading}>
      <Caption1 className={styles.heading}>{heading}</Caption1>
      {children}
    </section>
  );
}
