"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const verifyAuditAction = serverAction(op.verifyAudit);
