// One typed error: a code the client can act on, a safe message key, an HTTP status.
export const errorStatus = {
  unauthenticated: 401,
  step_up_required: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    // A message key under "errors." (or a full key) that is safe to show to the user.
    readonly messageKey: string = `errors.${code}`,
    readonly params: Record<string, string | number> = {},
    readonly fields?: FieldErrors,
    // Safe data the client needs to recover, e.g. the fresh record after a "changed elsewhere" conflict.
    readonly details?: unknown,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
    this.status = errorStatus[code];
  }
}

/**
 * A refusal that keeps what the operation wrote before refusing (the action builder commits instead of rolling
 * back, and writes no audit event): a wrong verification code must still use up one of its tries.
 */
export class CommittedRefusal extends AppError {}

export type ActionError = { code: ErrorCode; message: string; fields?: FieldErrors; details?: unknown };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };
