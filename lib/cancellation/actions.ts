"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const cancellationChecklistAction = serverAction(op.cancellationChecklist);
export const acceptForfeitAction = serverAction(op.acceptForfeit);
export const unbindStoreAction = serverAction(op.unbindStore);
export const startCancellationAction = serverAction(op.startCancellation);
export const withdrawCancellationAction = serverAction(op.withdrawCancellation);
