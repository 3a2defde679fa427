/**
 * The baseline for the pane's load bench: a minimal page from the pane's own stack (React 18,
 * Fluent UI v9), one button, rendered after Office.onReady as Microsoft's React template does.
 * Production build, no polyfill (tests/bench/paint.mjs builds and loads it).
 */
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

function Baseline() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">Insert all tables</Button>
    </FluentProvider>
  );
}

void Office.onReady(() => {
  createRoot(document.getElementById("container")!).render(<Baseline />);
});
