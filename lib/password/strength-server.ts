import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import { assessPassword, strengthOptions, type Strength } from "./strength";

let factory: ZxcvbnFactory | undefined;

// The browser's meter is advice; this check is the one that counts.
export function checkStrength(password: string, userInputs: string[]): Strength {
  factory ??= new ZxcvbnFactory(strengthOptions(common, en));
  return assessPassword(factory, password, userInputs);
}
