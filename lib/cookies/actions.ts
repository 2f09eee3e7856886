"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const chooseCookiesAction = serverAction(op.chooseCookies);
