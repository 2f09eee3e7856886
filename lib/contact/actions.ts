"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const requestContactChangeAction = serverAction(op.requestContactChange);
export const resendContactCodeAction = serverAction(op.resendContactCode);
export const confirmContactChangeAction = serverAction(op.confirmContactChange);
