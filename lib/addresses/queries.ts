import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { addresses } from "@/lib/db/schema";
import { maskPhone } from "@/lib/privacy/mask";

export type AddressView = {
  id: string;
  consignee: string;
  phone: string;
  region: string;
  city: string;
  line1: string;
  postcode: string;
  isDefault: boolean;
};

// The phone number leaves the server masked, like every contact detail.
export async function listAddresses(db: DbOrTx, subjectId: string): Promise<AddressView[]> {
  const rows = await db
    .select({
      id: addresses.id,
      consignee: addresses.consignee,
      phone: addresses.phone,
      region: addresses.region,
      city: addresses.city,
      line1: addresses.line1,
      postcode: addresses.postcode,
      isDefault: addresses.isDefault,
    })
    .from(addresses)
    .where(eq(addresses.userId, subjectId))
    .orderBy(desc(addresses.isDefault), asc(addresses.createdAt));
  return rows.map((r) => ({ ...r, phone: maskPhone(r.phone) ?? "" }));
}
