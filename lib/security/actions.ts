"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const sessionsListAction = serverAction(op.sessionsList);
export const revokeSessionAction = serverAction(op.revokeSession);
export const revokeOtherSessionsAction = serverAction(op.revokeOtherSessions);
