// A page of rows as one row: every value prefixed with "." (NULL as nothing), values joined by U+001F, rows by
// U+001E. PGlite hands rows over to JavaScript one message at a time, which costs several times more than the
// query; one string per page, split in JavaScript, avoids that.
const FIELD = "\u001f";
const ROW = "\u001e";

/** Wraps a page query (its text columns c0..c{width-1} and its raw key k) so it returns [count, packed rows]. */
export function packed(pageSql: string, width: number, orderByKey: string): string {
  const fields = Array.from({ length: width }, (_, i) => `coalesce('.' || c${i}, '')`).join(", ");
  return `select count(*)::text, string_agg(concat_ws(E'\\x1f', ${fields}), E'\\x1e' order by ${orderByKey})
    from (${pageSql}) s`;
}

/**
 * The page's rows, or null when the packed text does not split into exactly `count` rows of `width` values:
 * a separator inside a value always changes one of the two, so a page is never silently misread.
 */
export function unpack(text: string | null, count: number, width: number): (string | null)[][] | null {
  if (count === 0) return [];
  if (text === null) return null;
  const lines = text.split(ROW);
  if (lines.length !== count) return null;
  const rows: (string | null)[][] = new Array(count);
  for (let r = 0; r < count; r++) {
    const values: (string | null)[] = lines[r]!.split(FIELD);
    if (values.length !== width) return null;
    for (let i = 0; i < width; i++) values[i] = values[i] === "" ? null : values[i]!.slice(1);
    rows[r] = values;
  }
  return rows;
}
