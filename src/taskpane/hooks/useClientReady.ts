import { useSyncExternalStore } from "react";

const neverChanges = () => () => undefined;

/**
 * False while React renders the page at build time (the prerendered Home) and during the render
 * that hydrates it; true from the first render in which the pane's scripts run its handlers.
 * What depends on it (Home's buttons) is disabled in the prerendered HTML, so a click is never
 * lost to a page whose scripts have not started, and is enabled without a second markup.
 */
export function useClientReady(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
