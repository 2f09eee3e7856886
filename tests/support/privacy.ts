import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { policyVersions } from "@/lib/db/schema";

// A published policy version, so consent records have one to name.
export async function publishTestPolicy(version = "1.0", material = false, daysAgo = 1) {
  await getDb()
    .insert(policyVersions)
    .values({
      version,
      material,
      summaryEn: `Summary of ${version}`,
      summaryZh: `${version} 摘要`,
      bodyEn: `Body of ${version}`,
      bodyZh: `${version} 正文`,
      publishedAt: sql`now() - make_interval(days => ${daysAgo})`,
    });
}
