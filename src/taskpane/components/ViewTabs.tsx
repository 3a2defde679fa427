import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", paddingInline: tokens.spacingHorizontalS },
  tab: {
    position: "relative",
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    display: "inline-flex",
    flexDirection: "column",
    alignItems: "center",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground2Hover, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
    // The indicator under the tab; transparent until selected, so selecting never moves text.
    "::after": {
      content: '""',
      position: "absolute",
      insetInline: tokens.spacingHorizontalSNudge,
      bottom: 0,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: "transparent",
    },
    // An invisible bold copy of the label holds the tab's width, so selecting one never moves the row.
    "::before": {
      content: "attr(data-label)",
      height: 0,
      overflow: "hidden",
      visibility: "hidden",
      fontWeight: tokens.fontWeightSemibold,
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    "@media (forced-colors: active)": { "::after": { backgroundColor: "Highlight" } },
  },
});

export interface ViewTab<Id extends string> {
  id: Id;
  label: string;
}

/**
 * The views' tab row, after the WAI-ARIA tabs pattern: one tab in the Tab order, arrow keys,
 * Home and End move between tabs, Enter or Space (a click) opens one. Built on native buttons
 * with theme tokens because Fluent's TabList, with the Tabster focus engine it brings, added
 * 21.5 KB gzip to the pane's first download for this one row.
 */
export function ViewTabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  className,
}: {
  tabs: readonly ViewTab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  className?: string;
}) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);
  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    const next =
      event.key === "Home" ? 0 : event.key === "End" ? buttons.length - 1 : event.key in step ? at + step[event.key] : null;
    if (next === null) return;
    event.preventDefault();
    buttons[(next + buttons.length) % buttons.length].focus();
  };
  return (
    <div role="tablist" ref={list} className={mergeClasses(styles.list, className)} onKeyDown={moveFocus}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={tab.id === selected}
          tabIndex={tab.id === selected ? 0 : -1}
          className={mergeClasses(styles.tab, tab.id === selected && styles.selected)}
          data-label={tab.label}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
