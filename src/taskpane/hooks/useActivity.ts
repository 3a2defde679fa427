import { useEffect, useState } from "react";
import { currentActivity, subscribeActivity, type Activity } from "../../office/activity";

/** The last workbook action, from the pane or the ribbon, kept current. */
export function useActivity(): Activity {
  const [activity, setActivity] = useState(currentActivity);
  useEffect(() => subscribeActivity(setActivity), []);
  return activity;
}
