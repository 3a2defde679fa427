/**
 * Office failures, sorted into what the analyst can act on. OfficeExtension.Error.code is not
 * localised, so it is what we branch on; the docs name both InvalidOperationInCellEditMode and
 * InvalidOperation for a batch refused during cell editing.
 */
import { RefusedRecordError } from "../domain/stored/refusal";

export type OfficeFailure = "cellEdit" | "payloadTooLarge" | "apiMissing" | "busy" | "refusedRecord" | "unknown";

export function classifyOfficeError(error: unknown): OfficeFailure {
  // Not the host's: the add-in stopped before replacing a record it could not trust.
  if (error instanceof RefusedRecordError) return "refusedRecord";
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  switch (code) {
    case "InvalidOperationInCellEditMode":
    case "InvalidOperation":
      return "cellEdit";
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return "payloadTooLarge";
    case "ApiNotFound":
    case "NotImplemented":
      return "apiMissing";
    case "ActivityLimitReached":
    case "ServiceNotAvailable":
      return "busy";
    default:
      return "unknown";
  }
}

/** The error's own words, for the detail line under our explanation. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
