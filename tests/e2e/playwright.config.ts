import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "../..");
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;
// A fresh embedded database per run, unless the run targets PostgreSQL (E2E_DATABASE_URL).
const dataDir = path.join(root, ".test-data", `e2e-${Date.now().toString(36)}`, "pglite");
const executablePath =
  process.env.CHROMIUM_PATH ?? (process.env.PLAYWRIGHT_OWN_BROWSER ? undefined : "/usr/bin/chromium");

const globalStateSpecs = /policy-publish\.spec\.ts/;

export default defineConfig({
  testDir: ".",
  outputDir: path.join(root, "test-results"),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: path.join(root, ".test-data", "reports", "e2e.json") }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: globalStateSpecs },
    { name: "phone", use: { ...devices["Pixel 7"] }, grep: /@phone/, testIgnore: globalStateSpecs },
    // Journeys that change what every account sees (a material policy version shows everyone a banner) run
    // after all the others have finished, so no other journey meets a banner it did not expect.
    {
      name: "global-state",
      use: { ...devices["Desktop Chrome"] },
      testMatch: globalStateSpecs,
      dependencies: ["desktop", "phone"],
    },
  ],
  webServer: {
    // The production build, started the way a deployment starts it (migrations and demo data included).
    command: "npm start",
    cwd: root,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      PGLITE_DIR: dataDir,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-012345",
      SEED_DEMO: "true",
      // The cancellation journey moves the app's clock past the cooling-off period.
      TEST_CLOCK: "true",
      // Journeys read verification codes from the development mailbox; no SMTP server is involved.
      DEV_MAILBOX: "true",
      SMTP_URL: "",
      // On the embedded database one server process, as the quick start runs; on PostgreSQL two, as a deployment
      // on two processors might: every journey then also crosses between processes.
      WEB_CONCURRENCY: process.env.E2E_DATABASE_URL ? "2" : "1",
    },
  },
});
