/**
 * A view the ribbon asks the pane to show. In the shared runtime the ribbon's handlers and the
 * pane share one JavaScript context; the request waits until the pane takes it, since the pane
 * may render after the click that opened it.
 */
import type { RequestedView } from "../taskpane/ports";

let pending: RequestedView | null = null;
const listeners = new Set<(view: RequestedView) => void>();

export function requestView(view: RequestedView): void {
  pending = view;
  for (const listener of listeners) listener(view);
}

/** The request not yet taken, taken now. */
export function takeViewRequest(): RequestedView | null {
  const view = pending;
  pending = null;
  return view;
}

export function onViewRequest(listener: (view: RequestedView) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
