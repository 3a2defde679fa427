import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { InsertMessage as Message } from "../hooks/useInsertFormula";

export function InsertMessage({ message }: { message: Message }) {
  if (!message) return null;
  return (
    <MessageBar intent={message.intent} layout="multiline">
      <MessageBarBody>{message.text}</MessageBarBody>
    </MessageBar>
  );
}
