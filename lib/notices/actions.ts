"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const noticesListAction = serverAction(op.noticesList);
export const markNoticeReadAction = serverAction(op.markNoticeRead);
export const markAllNoticesReadAction = serverAction(op.markAllNoticesRead);
