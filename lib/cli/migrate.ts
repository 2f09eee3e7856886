import { migrate } from "@/lib/db/migrate";
import { runCli } from "./run";

void runCli(async () => {
  await migrate();
  console.info("migrations applied");
});
