"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const clearHistoryAction = serverAction(op.clearHistory);
export const deleteInterestTagAction = serverAction(op.deleteInterestTag);
