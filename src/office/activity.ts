/**
 * The outcome of the last workbook action, shared between the ribbon commands and the pane:
 * in the shared runtime both live in one JavaScript context, so a ribbon click's result can be
 * shown in the pane. A tiny observable, not a state library: one value, a few listeners.
 */
import type { Activity } from "../domain/writeReport";

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
