import type { OptionsType, ZxcvbnFactory } from "@zxcvbn-ts/core";
import type * as Common from "@zxcvbn-ts/language-common";
import type * as En from "@zxcvbn-ts/language-en";

// Shared by the browser (live meter, dictionaries loaded on demand) and the server (which decides).
export const MIN_SCORE = 3;
export type Score = 0 | 1 | 2 | 3 | 4;
export type Strength = { score: Score; warning: string | null; suggestions: string[] };

export function strengthOptions(common: typeof Common, en: typeof En): OptionsType {
  return {
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    useLevenshteinDistance: true,
  };
}

// zxcvbn-ts gives feedback as keys when no translations are set; ours live in the messages (both languages).
const warnings = new Set([
  "straightRow",
  "keyPattern",
  "simpleRepeat",
  "extendedRepeat",
  "sequences",
  "recentYears",
  "dates",
  "topTen",
  "topHundred",
  "common",
  "similarToCommon",
  "wordByItself",
  "namesByThemselves",
  "commonNames",
  "userInputs",
]);
const suggestions = new Set([
  "l33t",
  "reverseWords",
  "allUppercase",
  "capitalization",
  "dates",
  "recentYears",
  "associatedYears",
  "sequences",
  "repeated",
  "longerKeyboardPattern",
  "anotherWord",
  "useWords",
  "noNeed",
]);

/** Score and feedback as message keys under "password.feedback". */
export function assessPassword(factory: ZxcvbnFactory, password: string, userInputs: string[]): Strength {
  const result = factory.check(password, userInputs.filter(Boolean));
  const warning = result.feedback.warning;
  return {
    score: result.score as Score,
    warning: warning && warnings.has(warning) ? `password.feedback.warnings.${warning}` : null,
    suggestions: result.feedback.suggestions
      .filter((s) => suggestions.has(s))
      .map((s) => `password.feedback.suggestions.${s}`),
  };
}

// What the person's own details contribute to a guess: names, the parts of an email address, the number.
export function personalInputs(values: (string | null | undefined)[]): string[] {
  return values.flatMap((v) => (v ? [v, ...v.split(/[@.+_-]/).filter((part) => part.length >= 3)] : []));
}
