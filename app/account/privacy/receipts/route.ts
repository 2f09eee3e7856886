import { runAction } from "@/lib/access/action";
import { errorStatus } from "@/lib/access/errors";
import { readRequestInfo } from "@/lib/access/request";
import { consentReceipts } from "@/lib/consent/operations";

export const dynamic = "force-dynamic";

// The consent records as a JSON download, through the same pipeline (and policy) as every action.
export async function GET() {
  const result = await runAction(consentReceipts, {}, await readRequestInfo());
  if (!result.ok) return Response.json({ error: result.error.code }, { status: errorStatus[result.error.code] });
  const day = result.data.generatedAt.slice(0, 10);
  return new Response(JSON.stringify(result.data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="consent-records-${day}.json"`,
      "cache-control": "no-store",
    },
  });
}
