// Export pages travel as PostgreSQL's COPY text format, whichever database produced them: one line per row ending
// in LF, values separated by TAB, NULL written \N, and backslash escapes for backslash and the control characters
// \b \f \n \r \t \v. PostgreSQL itself writes it for COPY ... TO STDOUT; the embedded database builds the same
// text with string functions (see encodedColumn). The export's writers read these bytes directly, so no value
// ever becomes a JavaScript string on the way from the database to the archive.

export const TAB = 0x09;
export const LF = 0x0a;
export const BACKSLASH = 0x5c;
const N = 0x4e;

/**
 * A text expression as one COPY text value. Backslash, LF, CR and TAB must be escaped (the others may come raw,
 * which readers accept); types other than text and JSON never contain any of them.
 */
export function encodedColumn(expression: string, mayNeedEscapes: boolean): string {
  if (!mayNeedEscapes) return `coalesce(${expression}, E'\\\\N')`;
  const escaped = [
    [`E'\\\\'`, `E'\\\\\\\\'`],
    [`E'\\n'`, `E'\\\\n'`],
    [`E'\\r'`, `E'\\\\r'`],
    [`E'\\t'`, `E'\\\\t'`],
  ].reduce((sql, [from, to]) => `replace(${sql}, ${from}, ${to})`, expression);
  return `coalesce(${escaped}, E'\\\\N')`;
}

/** A value as an SQL string literal (COPY takes no bind parameters). Backslashes are doubled inside E'...'. */
export function literal(value: string): string {
  return `E'${value.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/** Whether the value starting at `i` is NULL (\N followed by the end of the value). */
export function isNull(data: Uint8Array, i: number): boolean {
  if (data[i] !== BACKSLASH || data[i + 1] !== N) return false;
  const after = data[i + 2];
  return after === TAB || after === LF || after === undefined;
}

/** The byte a COPY escape letter stands for (an unknown letter stands for itself). */
export function unescaped(letter: number): number {
  switch (letter) {
    case 0x62:
      return 0x08; // b
    case 0x66:
      return 0x0c; // f
    case 0x6e:
      return 0x0a; // n
    case 0x72:
      return 0x0d; // r
    case 0x74:
      return 0x09; // t
    case 0x76:
      return 0x0b; // v
    default:
      return letter;
  }
}

/** Where the value starting at `i` ends (its TAB or LF, or the end of the data). */
function valueEnd(data: Uint8Array, i: number): number {
  while (i < data.length) {
    const b = data[i]!;
    if (b === TAB || b === LF) return i;
    i += b === BACKSLASH ? 2 : 1;
  }
  return data.length;
}

function decodeValue(data: Buffer, start: number, end: number): string | null {
  if (isNull(data, start)) return null;
  const raw = data.subarray(start, end);
  if (!raw.includes(BACKSLASH)) return raw.toString("utf8");
  const out = Buffer.allocUnsafe(raw.length);
  let p = 0;
  for (let i = 0; i < raw.length; i++) out[p++] = raw[i] === BACKSLASH ? unescaped(raw[++i]!) : raw[i]!;
  return out.toString("utf8", 0, p);
}

/** One line's values as strings (for the few rows shown on the readable page, and a page's last key). */
export function decodeLine(data: Buffer, start: number): (string | null)[] {
  const values: (string | null)[] = [];
  for (let i = start; ;) {
    const end = valueEnd(data, i);
    values.push(decodeValue(data, i, end));
    if (end >= data.length || data[end] === LF) return values;
    i = end + 1;
  }
}

/** The first `limit` lines of a page, decoded. */
export function decodeLines(data: Buffer, limit: number): (string | null)[][] {
  const lines: (string | null)[][] = [];
  for (let i = 0; i < data.length && lines.length < limit;) {
    lines.push(decodeLine(data, i));
    const end = data.indexOf(LF, i);
    if (end < 0) break;
    i = end + 1;
  }
  return lines;
}

/** Where the last complete line of the data starts; -1 when there is none. */
export function lastLineStart(data: Buffer, end = data.length): number {
  if (end === 0 || data[end - 1] !== LF) return -1;
  return data.lastIndexOf(LF, end - 2) + 1;
}
