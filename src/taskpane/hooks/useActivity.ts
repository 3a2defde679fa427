import { useEffect, useState } from "react";
import type { Activity } from "../../domain/writeReport";
import type { TablesPort } from "../ports";

/** The last workbook action, from the pane or the ribbon, kept current. */
export function useActivity(port: TablesPort): Activity {
  const [activity, setActivity] = useState(port.currentActivity);
  useEffect(() => port.onActivity(setActivity), [port]);
  return activity;
}
