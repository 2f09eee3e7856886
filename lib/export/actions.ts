"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const exportLinksListAction = serverAction(op.exportLinksList);
export const createExportLinkAction = serverAction(op.createExportLink);
export const revokeExportLinkAction = serverAction(op.revokeExportLink);
