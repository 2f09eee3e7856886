"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const signInAction = serverAction(op.signIn);
export const signUpAction = serverAction(op.signUp);
export const signOutAction = serverAction(op.signOut);
export const confirmPasswordAction = serverAction(op.confirmPassword);
