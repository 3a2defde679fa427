import { makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";

/** A status the pane shows after (or during) an action: one shape for every view. */
export type Notice =
  | {
      intent: "success" | "warning" | "error" | "info";
      title?: string;
      text?: string;
      /** Details, one line each (a write's per-table summary). */
      items?: readonly string[];
    }
  | { intent: "busy"; text: string };

const useStyles = makeStyles({
  // Stays in view while a list below scrolls.
  sticky: { position: "sticky", top: 0, zIndex: 1 },
});

/**
 * A live region that reads out each new notice; it is always rendered, so that screen readers
 * announce a notice that appears in it.
 */
export function NoticeBar({ notice, sticky, className }: { notice: Notice | null; sticky?: boolean; className?: string }) {
  const styles = useStyles();
  return (
    <div aria-live="polite" className={mergeClasses(sticky && styles.sticky, className)}>
      {notice?.intent === "busy" && <Spinner size="small" labelPosition="after" label={notice.text} />}
      {notice && notice.intent !== "busy" && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>
            {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
            {notice.text}
            {notice.items && (
              <ul>
                {notice.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
