"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const requestsListAction = serverAction(op.requestsList);
export const fileRequestAction = serverAction(op.fileRequest);
export const withdrawRequestAction = serverAction(op.withdrawRequest);
export const replyToRequestAction = serverAction(op.replyToRequest);
export const answerRequestAction = serverAction(op.answerRequest);
export const officeQueueAction = serverAction(op.officeQueue);
