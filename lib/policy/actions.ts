"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const publishPolicyAction = serverAction(op.publishPolicy);
export const acknowledgePolicyAction = serverAction(op.acknowledgePolicy);
