import { readRequestInfo } from "@/lib/access/request";
import { downloadResponse } from "@/lib/export/download";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return downloadResponse(token, new URL(request.url).searchParams, await readRequestInfo());
}
