import type { z } from "zod";
import type { FieldErrors } from "./errors";

// Repeated keys become arrays; Next's internal "$ACTION_*" fields are dropped.
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const v = typeof value === "string" ? value : value.name;
    const prev = out[key];
    out[key] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

import type { Translate } from "@/lib/i18n/translator";

// Schema messages are keys under "validation."; zod's own issues map to generic keys with their limits.
export function fieldErrorsFrom(error: z.ZodError, t: Translate): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (fields[field] ??= []).push(messageFor(issue, t));
  }
  return fields;
}

function messageFor(issue: z.core.$ZodIssue, t: Translate): string {
  if (issue.message.startsWith("validation.")) return t(issue.message);
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string"
        ? t("validation.tooShort", { min: Number(issue.minimum) })
        : t("validation.tooSmall", { min: Number(issue.minimum) });
    case "too_big":
      return issue.origin === "string"
        ? t("validation.tooLong", { max: Number(issue.maximum) })
        : t("validation.tooBig", { max: Number(issue.maximum) });
    case "invalid_type":
      return issue.input === undefined ? t("validation.required") : t("validation.wrongType");
    case "invalid_format":
      return t("validation.badFormat");
    case "invalid_value":
      return t("validation.notAllowed");
    case "unrecognized_keys":
      return t("validation.unknownField");
    default:
      return t("validation.invalid");
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Ids from cookies and tokens are checked before they reach a uuid column (PostgreSQL would throw).
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
