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
  SEED_DEMO: z
    .enum(["true", "false"])
    .default("true")
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
