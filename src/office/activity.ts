/**
 * The outcome of the last workbook action, shared between the ribbon commands and the pane:
 * in the shared runtime both live in one JavaScript context, so a ribbon click's result can be
 * shown in the pane. A tiny observable, not a state library: one value, a few listeners.
 */
import type { WriteReport } from "./workbookWriter";

export type Activity =
  | { state: "idle" }
  | { state: "working"; action: "insert" | "refresh" }
  | { state: "done"; action: "insert" | "refresh"; report: WriteReport; at: string }
  | { state: "failed"; action: "insert" | "refresh"; error: unknown };

type Listener = (activity: Activity) => void;

let current: Activity = { state: "idle" };
const listeners = new Set<Listener>();

export function currentActivity(): Activity {
  return current;
}

export function publishActivity(activity: Activity): void {
  current = activity;
  for (const listener of listeners) listener(activity);
}

export function subscribeActivity(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
