import { countQuery, keysetPages, type KeysetSpec } from "./keyset";
import type { Category, Column, ColumnType, Localized } from "./types";

type Definition = Omit<Category, "count" | "export" | "columns" | "dated" | "rowSource"> & {
  rows: Omit<KeysetSpec, "columns">;
  columns: readonly Column[];
};

/**
 * One category of personal data. Count and export are derived from the row source, so a category cannot be
 * listed without being exportable; the eraser is written by hand because what is kept differs per category.
 */
export function defineCategory(def: Definition): Category {
  const { rows, ...meta } = def;
  const spec: KeysetSpec = { ...rows, columns: def.columns };
  return {
    ...meta,
    dated: Boolean(rows.date),
    rowSource: spec,
    count: async (reader, subjectId, range) => {
      const q = countQuery(spec, subjectId, range);
      const [row] = await reader.rows(q.text, q.params);
      return Number(row?.[0] ?? 0);
    },
    export: (reader, subjectId, range, window) => keysetPages(spec, reader, subjectId, range, window),
  };
}

/** A column: its name in the files, the SQL that reads it, its type, and its heading in both languages. */
export function col(name: string, sql: string, type: ColumnType, en: string, zh: string): Column {
  return { name, sql, type, label: { en, "zh-CN": zh } };
}

export function text(en: string, zh: string): Localized {
  return { en, "zh-CN": zh };
}
