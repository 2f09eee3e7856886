import { lookupPermission } from "@/lib/consent/lookup-api";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return lookupPermission(request.headers.get("authorization"), id, new URL(request.url).searchParams.get("purpose"));
}
