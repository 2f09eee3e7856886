import type { Tx } from "@/lib/db/types";
import type { Locale } from "@/lib/i18n/config";
import type { KeysetSpec } from "./keyset";

export type Localized = Record<Locale, string>;

// How a value leaves the database in an export: every value is read as text and written per its type.
export type ColumnType = "text" | "int" | "bool" | "uuid" | "timestamp" | "date" | "json";

export type Column = { name: string; sql: string; type: ColumnType; label: Localized };

// Where the shop got the data from; shown on the inventory page.
export type DataSource = "provided" | "collected" | "inferred" | "generated" | "partners";

// What erasure does to it: most is deleted; records the law requires are kept without who they were about.
export type AfterErasure = "deleted" | "deidentified" | "kept";

/** Instants, `from` inclusive and `to` exclusive; null is open-ended. */
export type DateRange = { from: Date | null; to: Date | null };

/**
 * Read-only rows of text (one array per row, in column order), from a consistent view of the database.
 * A reader that can stream `COPY ... TO STDOUT` (PostgreSQL) has the export's rows sent in one statement per
 * category; the others are read a page at a time (see keyset.ts).
 */
export type Reader = {
  rows(text: string, params: unknown[]): Promise<(string | null)[][]>;
  copy?(sql: string): AsyncIterable<Buffer>;
};

/** Whole lines of COPY text (see copy-text.ts), and the key of the last one. */
export type Page = { data: Buffer; last: string };

/** Continue after a key (exclusive), and stop at a key (inclusive): a second pass over what a first pass saw. */
export type Window = { after?: string | null; until?: string | null };

export type Erasure = { removed: number; retained: number; reason?: Localized };

// Sections of the inventory page and of the download form.
export const categoryGroups = ["you", "shopping", "activity", "service", "choices"] as const;
export type CategoryGroup = (typeof categoryGroups)[number];

export type Category = {
  key: string;
  group: CategoryGroup;
  label: Localized;
  purpose: Localized;
  retention: Localized;
  afterErasure: AfterErasure;
  sensitive: boolean;
  source: DataSource;
  // The tables the category's rows come from: the inventory names them, and a test checks that every table
  // holding a user id belongs to some category.
  tables: readonly string[];
  // Lists get a CSV beside the JSON; a single record (the account, its contact details) is JSON only.
  tabular: boolean;
  // Whether a date range applies; undated records (who you are) are always exported whole.
  dated: boolean;
  columns: readonly Column[];
  // The query the rows come from (the speed check compares it with PostgreSQL's own COPY of the same rows).
  rowSource: KeysetSpec;
  count(reader: Reader, subjectId: string, range: DateRange): Promise<number>;
  export(reader: Reader, subjectId: string, range: DateRange, window?: Window): AsyncGenerator<Page>;
  erase(tx: Tx, subjectId: string): Promise<Erasure>;
};
