import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import type { Tx } from "@/lib/db/types";
import { addresses } from "@/lib/db/schema";
import { listAddresses } from "./queries";
import { addressIdSchema, MAX_ADDRESSES, saveAddressSchema } from "./schemas";

const mine = (id: string, subjectId: string) => and(eq(addresses.id, id), eq(addresses.userId, subjectId));

// At most one default: the partial unique index enforces it, this keeps it true before the write.
async function clearDefault(tx: Tx, subjectId: string) {
  await tx
    .update(addresses)
    .set({ isDefault: false })
    .where(and(eq(addresses.userId, subjectId), eq(addresses.isDefault, true)));
}

export const addressesList = defineAction("addresses.view", z.object({}), async ({ ctx, tx }) =>
  listAddresses(tx, ctx.subjectId!),
);

export const saveAddress = defineAction("addresses.manage", saveAddressSchema, async ({ input, ctx, tx }) => {
  const subjectId = ctx.subjectId!;
  const { id, isDefault, phone, ...rest } = input;
  const fields = phone ? { ...rest, phone } : rest;
  // Serialises concurrent adds for one shopper, so the limit holds.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${subjectId}))`);
  const [{ n }] = (await tx.select({ n: count() }).from(addresses).where(eq(addresses.userId, subjectId))) as [
    { n: number },
  ];
  if (!id && n >= MAX_ADDRESSES) throw new AppError("conflict", "addresses.tooMany", { max: MAX_ADDRESSES });
  const makeDefault = isDefault || n === 0;
  if (makeDefault) await clearDefault(tx, subjectId);
  let savedId = id;
  if (id) {
    const updated = await tx
      .update(addresses)
      .set({ ...fields, ...(makeDefault ? { isDefault: true } : {}), updatedAt: sql`now()` })
      .where(mine(id, subjectId))
      .returning({ id: addresses.id });
    if (updated.length === 0) throw new AppError("not_found");
  } else {
    const [created] = await tx
      .insert(addresses)
      .values({ ...rest, phone: phone!, userId: subjectId, isDefault: makeDefault })
      .returning({ id: addresses.id });
    savedId = created!.id;
  }
  ctx.note({ targetType: "address", targetId: savedId, fields: Object.keys(fields), detail: { created: !id } });
  return listAddresses(tx, subjectId);
});

export const deleteAddress = defineAction("addresses.manage", addressIdSchema, async ({ input, ctx, tx }) => {
  const subjectId = ctx.subjectId!;
  const [deleted] = await tx
    .delete(addresses)
    .where(mine(input.id, subjectId))
    .returning({ isDefault: addresses.isDefault });
  if (!deleted) throw new AppError("not_found");
  // Someone who had a default keeps one: the most recently added address takes over.
  if (deleted.isDefault) {
    const [next] = await tx
      .select({ id: addresses.id })
      .from(addresses)
      .where(eq(addresses.userId, subjectId))
      .orderBy(desc(addresses.createdAt))
      .limit(1);
    if (next) await tx.update(addresses).set({ isDefault: true }).where(eq(addresses.id, next.id));
  }
  ctx.note({ targetType: "address", targetId: input.id });
  return listAddresses(tx, subjectId);
});

export const setDefaultAddress = defineAction("addresses.manage", addressIdSchema, async ({ input, ctx, tx }) => {
  const subjectId = ctx.subjectId!;
  await clearDefault(tx, subjectId);
  const updated = await tx
    .update(addresses)
    .set({ isDefault: true })
    .where(mine(input.id, subjectId))
    .returning({ id: addresses.id });
  if (updated.length === 0) throw new AppError("not_found");
  ctx.note({ targetType: "address", targetId: input.id, fields: ["isDefault"] });
  return listAddresses(tx, subjectId);
});
