import "server-only";
import type { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { Db, Tx } from "@/lib/db/types";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/audit/record";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { translator, type Translate } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/config";
import { AppError, CommittedRefusal, type ActionResult, type FieldErrors } from "./errors";
import { fieldErrorsFrom, formDataToObject, isUuid } from "./input";
import { ruleFor, type Operation } from "./policy";
import { resolveAccess, type Access } from "./resolver";

// What the HTTP request says, before anything is trusted: read by request.ts in Next, built directly in tests.
export type RequestInfo = {
  sessionId: string | null;
  actingAs: string | null;
  ip: string | null;
  userAgent: string | null;
  locale: Locale;
  gpc: boolean;
};

type AuditNote = {
  // For privacy-office operations, which reach no subject through the resolver: whose data the body touched.
  subjectId?: string;
  targetType?: string;
  targetId?: string;
  fields?: string[];
  detail?: Record<string, string | number | boolean | null>;
};

export type ActionContext = Access & {
  request: RequestInfo;
  db: Db;
  // Adds what the operation touched to its audit event (ids and field names, never values).
  note: (n: AuditNote) => void;
  // Runs once the transaction has committed (never inside it), e.g. delivering the mail it queued.
  // Not awaited by the caller: its failure is logged and does not change the action's result.
  afterCommit: (task: () => Promise<void> | void) => void;
};

type Body<I, O> = (args: { input: I; ctx: ActionContext; tx: Tx }) => Promise<O>;

export type ActionDef<S extends z.ZodType, O> = {
  operation: Operation;
  schema: S;
  body: Body<z.output<S>, O>;
  // Operations whose service opens its own transaction (sign-in goes through Auth.js) set this to false.
  transaction: boolean;
};

export function defineAction<S extends z.ZodType, O>(
  operation: Operation,
  schema: S,
  body: Body<z.output<S>, O>,
  options: { transaction?: boolean } = {},
): ActionDef<S, O> {
  return { operation, schema, body, transaction: options.transaction ?? true };
}

function isFrameworkSignal(e: unknown): boolean {
  const digest = (e as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_");
}

/** The pipeline every action runs: session, subject, policy, step-up, input, one transaction with its audit event. */
export async function runAction<S extends z.ZodType, O>(
  def: ActionDef<S, O>,
  raw: unknown,
  request: RequestInfo,
): Promise<ActionResult<O>> {
  const t = translator(request.locale);
  const db = getDb();
  let access: Access | null = null;
  let actor: Actor | null = null;
  try {
    actor = request.sessionId ? await loadActor(db, request.sessionId) : null;
    access = await resolveAccess(db, def.operation, actor, request.actingAs);
    const rule = ruleFor(def.operation);
    if (rule.stepUp && actor && Date.now() - actor.confirmedAt.getTime() > env.STEP_UP_MINUTES * 60_000) {
      throw new AppError("step_up_required");
    }
    // reportInput lets a field error tell "missing" from "wrong type"; issues never leave the server.
    const parsed = def.schema.safeParse(raw instanceof FormData ? formDataToObject(raw) : (raw ?? {}), {
      reportInput: true,
    });
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: "invalid_input", message: t("errors.invalid_input"), fields: fieldErrorsFrom(parsed.error, t) },
      };
    }
    const notes: AuditNote = {};
    const afterCommit: (() => Promise<void> | void)[] = [];
    const ctx: ActionContext = {
      ...access,
      request,
      db,
      note: (n) => Object.assign(notes, n),
      afterCommit: (task) => void afterCommit.push(task),
    };
    let refusal: CommittedRefusal | null = null;
    const run = async (tx: Tx) => {
      let data: O;
      try {
        data = await def.body({ input: parsed.data, ctx, tx });
      } catch (e) {
        if (!(e instanceof CommittedRefusal)) throw e;
        refusal = e;
        return undefined as O;
      }
      // Reads by the shopper themselves are not worth a trail entry; anyone else's access is.
      if (def.transaction && !(rule.read && access!.via === "self")) {
        const { subjectId: touched, ...note } = notes;
        await recordAudit(tx, {
          operation: def.operation,
          actorId: access!.actor?.id ?? null,
          subjectId: access!.subjectId ?? touched ?? null,
          via: access!.via,
          grantId: access!.grant?.id ?? null,
          ...note,
        });
      }
      return data;
    };
    const data = def.transaction ? await db.transaction(run) : await run(db as unknown as Tx);
    for (const task of afterCommit) {
      void Promise.resolve()
        .then(task)
        .catch((e) => console.error(`after-commit task of ${def.operation} failed`, e));
    }
    if (refusal) throw refusal;
    return { ok: true, data };
  } catch (e) {
    if (isFrameworkSignal(e)) throw e;
    if (e instanceof AppError) {
      if (e.code === "forbidden" && access === null && actor) await recordDenied(db, def.operation, actor, request);
      return {
        ok: false,
        error: {
          code: e.code,
          message: t(e.messageKey, e.params),
          ...(e.fields ? { fields: translateFields(e.fields, t, e.params) } : {}),
          ...(e.details !== undefined ? { details: e.details } : {}),
        },
      };
    }
    console.error(`action ${def.operation} failed`, e);
    return { ok: false, error: { code: "internal", message: t("errors.internal") } };
  }
}

// Field messages get the same parameters as the error's own message ("try again in {seconds} s").
function translateFields(fields: FieldErrors, t: Translate, params: Record<string, string | number>): FieldErrors {
  return Object.fromEntries(Object.entries(fields).map(([k, keys]) => [k, keys.map((key) => t(key, params))]));
}

// A refused attempt on someone else's data is itself worth a line in the trail.
async function recordDenied(db: Db, operation: Operation, actor: Actor, request: RequestInfo) {
  try {
    await db.transaction((tx) =>
      recordAudit(tx, {
        operation,
        outcome: "denied",
        actorId: actor.id,
        subjectId: request.actingAs && isUuid(request.actingAs) ? request.actingAs : null,
        via: "none",
      }),
    );
  } catch (e) {
    console.error("could not record a denied attempt", e);
  }
}
