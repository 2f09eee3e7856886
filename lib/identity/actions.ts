"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const requestIdentityCorrectionAction = serverAction(op.requestIdentityCorrection);
