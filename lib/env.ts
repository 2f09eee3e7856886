import { z } from "zod";

// Parsed once per process; every other module reads configuration from here.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).default("./.data/pglite"),
  // Connections each server process keeps to PostgreSQL (WEB_CONCURRENCY processes have one pool each).
  PG_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  AUTH_SECRET: z.string().min(32).optional(),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  STEP_UP_MINUTES: z.coerce.number().int().min(1).max(120).default(10),
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  SIGN_IN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  // Read by next.config.mjs; listed here so a misspelt value stops the start.
  HTTP_COMPRESSION: z.enum(["true", "false"]).default("false"),
  SEED_DEMO: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  // Cancellation: days to change one's mind, then erasure; order records are kept de-identified this long.
  CANCELLATION_COOLING_OFF_DAYS: z.coerce.number().int().min(1).max(90).default(15),
  ORDER_RETENTION_YEARS: z.coerce.number().int().min(1).max(30).default(3),
  // Scheduled work (erasures, retention) runs inside the app; an instance can opt out with "false".
  JOBS: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  // Lets tests and demos move the app's clock forward (never set in production).
  TEST_CLOCK: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  // The data download: how long a prepared link lasts, how often it may be used, archives per subject a day,
  // and the ZIP compression level (0 stores files as they are: the fastest; 1-9 deflate, slower but smaller).
  EXPORT_LINK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  EXPORT_LINK_MAX_USES: z.coerce.number().int().min(1).max(100).default(3),
  EXPORT_DAILY_LIMIT: z.coerce.number().int().min(1).max(1000).default(5),
  EXPORT_ZIP_LEVEL: z.coerce.number().int().min(0).max(9).default(0),
  APP_VERSION: z.string().default(process.env.npm_package_version ?? "0.1.0"),
  // smtp(s)://user:pass@host:port: deliver the outbox through this server. Unset: messages stay in the outbox,
  // readable in the development mailbox.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().min(3).default("Personal Center <no-reply@localhost>"),
  // There is no SMS gateway of our own: with an email-to-SMS gateway address such as "{number}@sms.example.net",
  // SMS rows go out through the same SMTP transport; without it they stay in the outbox.
  SMS_EMAIL_GATEWAY: z
    .string()
    .regex(/^[^@\s]*\{number\}[^@\s]*@[^@\s]+$/, "SMS_EMAIL_GATEWAY must look like {number}@gateway.example")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // The development mailbox (/dev/mailbox) lists every queued message, codes included: on by default outside
  // production, and in production only when explicitly enabled (the browser tests do).
  DEV_MAILBOX: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true")),
  // Bearer token other services of the shop present to the consent look-up API. Unset: the API refuses everyone.
  SERVICE_API_TOKEN: z
    .string()
    .min(32, "SERVICE_API_TOKEN must have at least 32 characters")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // How many server processes `npm start` runs. Each renders on one thread; see README, "How it scales".
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  // Where people reach the site, for links in email.
  PUBLIC_URL: z
    .string()
    .url()
    .default("http://localhost:3000")
    .transform((v) => v.replace(/\/+$/, "")),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = parseEnv();

// `npm start` provides a secret generated into the data folder for the embedded quick start;
// a deployment sets AUTH_SECRET itself. Only `next dev` may fall back to a fixed one.
export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV !== "production") return "development-only-secret-not-for-production-use";
  throw new Error("AUTH_SECRET must be set (at least 32 characters)");
}
