"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const addressesListAction = serverAction(op.addressesList);
export const saveAddressAction = serverAction(op.saveAddress);
export const deleteAddressAction = serverAction(op.deleteAddress);
export const setDefaultAddressAction = serverAction(op.setDefaultAddress);
