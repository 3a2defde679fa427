/** Every record the add-in stores in a workbook, and how each is checked when read back. */
import { readOwnership } from "./ownership";
import { SETTING_KEYS, type Refusal, type StoredRecord } from "./refusal";
import { readScenarioList } from "./scenarioList";

export { readOwnership, type Ownership, type OwnershipRead } from "./ownership";
export { readScenarioList, type ScenarioList } from "./scenarioList";
export { RefusedRecordError, SETTING_KEYS, type Refusal, type StoredRecord } from "./refusal";

const CHECKS: Readonly<Record<StoredRecord, (stored: unknown) => Refusal | null>> = {
  ownership: (stored) => readOwnership(stored).refusal,
  scenarios: (stored) => readScenarioList(stored).refusal,
};

/** What a stored setting's value would be refused for, or null; a key that is not ours is never checked. */
export function refusalOf(settingKey: string, stored: unknown): Refusal | null {
  const record = (Object.keys(SETTING_KEYS) as StoredRecord[]).find((r) => SETTING_KEYS[r] === settingKey);
  return record ? CHECKS[record](stored) : null;
}
