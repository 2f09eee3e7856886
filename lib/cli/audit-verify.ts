import { getDb } from "@/lib/db/client";
import { verifyAuditChain } from "@/lib/audit/verify";
import { runCli } from "./run";

void runCli(async () => {
  const result = await verifyAuditChain(getDb());
  if (result.ok) {
    console.info(`audit chain intact: ${result.checked} events verified`);
    return 0;
  }
  console.error(
    `audit chain broken at event ${result.brokenAt} (${result.reason === "altered" ? "the event was altered" : "an event before it is missing or out of order"}); ${result.checked} events before it verified`,
  );
  return 1;
});
