import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    color: tokens.colorNeutralForeground1,
  },
  heading: { display: "flex", flexDirection: "column" },
  header: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

/**
 * A card-like box built from theme tokens. Fluent's Card brings focus management and
 * interactivity these read-only panels do not need, at a cost the bundle budget cannot carry.
 */
export function Panel({
  header,
  description,
  action,
  children,
  className,
}: {
  header: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.root, className)}>
      <div className={styles.header}>
        <div className={styles.heading}>
          {header}
          {description}
        </div>
        {action}
      </div>
      {children}
    </div>
  );
}
