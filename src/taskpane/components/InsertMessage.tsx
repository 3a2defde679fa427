import { makeStyles, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { InsertMessage as Message } from "../hooks/useInsertFormula";

const useStyles = makeStyles({
  // Stays in view while the list below scrolls, and is read out when it changes.
  live: { position: "sticky", top: 0, zIndex: 1 },
});

export function InsertMessage({ message }: { message: Message }) {
  const styles = useStyles();
  return (
    <div aria-live="polite" className={styles.live}>
      {message && (
        <MessageBar intent={message.intent} layout="multiline">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
