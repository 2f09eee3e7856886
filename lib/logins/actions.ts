"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const loginsListAction = serverAction(op.loginsList);
export const unbindLoginAction = serverAction(op.unbindLogin);
