import { getDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/db/seed";
import { runCli } from "./run";

void runCli(async () => {
  await migrate();
  const result = await seedDemo(getDb());
  console.info(result === "seeded" ? "demo data seeded" : "database already has accounts: demo data not added");
});
