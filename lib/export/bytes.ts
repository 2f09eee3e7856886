// Rows are written straight into byte chunks rather than built up as strings and encoded afterwards: a string per
// row (and its UTF-8 copy) is garbage the collector then spends more time on than the export spends writing.
// The put* functions write at a position and return the next one; the caller reserves room for a whole row first.

const CHUNK_BYTES = 256 * 1024;
const HEX = "0123456789abcdef";

export class ByteSink {
  buf: Buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  pos = 0;

  constructor(private readonly emit: (chunk: Uint8Array) => void) {}

  /** Makes room for n more bytes at `pos` (a new chunk is started when the current one is too full). */
  reserve(n: number) {
    if (this.pos + n <= this.buf.length) return;
    this.flush();
    if (n > this.buf.length) this.buf = Buffer.allocUnsafe(n);
  }

  /** Hands over what has been written so far; the chunk now belongs to the receiver and a fresh one is started. */
  flush() {
    if (this.pos === 0) return;
    this.emit(this.buf.subarray(0, this.pos));
    this.buf = Buffer.allocUnsafe(CHUNK_BYTES);
    this.pos = 0;
  }

  write(s: string) {
    this.reserve(s.length * 3);
    this.pos = putText(this.buf, this.pos, s);
  }
}

/** Room a string can take at most, written by any put* function (a control character escaped as \u00XX: 6). */
export const worstCase = (s: string) => s.length * 6;

/** Text known to be ASCII: keys, numbers, uuids, dates. */
export function putAscii(buf: Buffer, p: number, s: string): number {
  for (let i = 0; i < s.length; i++) buf[p++] = s.charCodeAt(i);
  return p;
}

/** A database timestamp "YYYY-MM-DD HH:MM:SS[.ffffff]" (UTC) as ISO 8601 "YYYY-MM-DDTHH:MM:SS[.ffffff]Z". */
export function putIso(buf: Buffer, p: number, s: string): number {
  for (let i = 0; i < s.length; i++) buf[p++] = i === 10 ? 0x54 : s.charCodeAt(i);
  buf[p++] = 0x5a;
  return p;
}

// One character outside ASCII as UTF-8 (a surrogate pair is one character; a lone surrogate cannot be written
// and becomes the replacement character). Returns the next position; `next` is the index after the character.
function putWide(buf: Buffer, p: number, s: string, i: number): [number, number] {
  let c = s.charCodeAt(i);
  if (c < 0x800) {
    buf[p++] = 0xc0 | (c >> 6);
    buf[p++] = 0x80 | (c & 63);
    return [p, i + 1];
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      buf[p++] = 0xf0 | (c >> 18);
      buf[p++] = 0x80 | ((c >> 12) & 63);
      buf[p++] = 0x80 | ((c >> 6) & 63);
      buf[p++] = 0x80 | (c & 63);
      return [p, i + 2];
    }
  }
  if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
  buf[p++] = 0xe0 | (c >> 12);
  buf[p++] = 0x80 | ((c >> 6) & 63);
  buf[p++] = 0x80 | (c & 63);
  return [p, i + 1];
}

/** Any text as UTF-8, unchanged. */
export function putText(buf: Buffer, p: number, s: string): number {
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      buf[p++] = c;
      i++;
    } else [p, i] = putWide(buf, p, s, i);
  }
  return p;
}

/** Text inside a JSON string: quote, backslash and control characters escaped. */
export function putJsonText(buf: Buffer, p: number, s: string): number {
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      [p, i] = putWide(buf, p, s, i);
      continue;
    }
    i++;
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) {
      buf[p++] = c;
      continue;
    }
    buf[p++] = 0x5c;
    if (c === 0x22 || c === 0x5c) buf[p++] = c;
    else if (c === 0x0a) buf[p++] = 0x6e;
    else if (c === 0x0d) buf[p++] = 0x72;
    else if (c === 0x09) buf[p++] = 0x74;
    else {
      buf[p++] = 0x75;
      buf[p++] = 0x30;
      buf[p++] = 0x30;
      buf[p++] = HEX.charCodeAt(c >> 4);
      buf[p++] = HEX.charCodeAt(c & 15);
    }
  }
  return p;
}

/** Text inside a quoted CSV field: quotes doubled. */
export function putCsvQuoted(buf: Buffer, p: number, s: string): number {
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      [p, i] = putWide(buf, p, s, i);
      continue;
    }
    if (c === 0x22) buf[p++] = 0x22;
    buf[p++] = c;
    i++;
  }
  return p;
}
