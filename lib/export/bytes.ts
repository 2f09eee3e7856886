// Files are written straight into byte chunks rather than built up as strings and encoded afterwards: a string
// per row (and its UTF-8 copy) is garbage the collector then spends more time on than the export spends writing.
// Writers reserve room for a whole row first, then write at `pos`.

// Chunks start small and double up to this size: most categories hold a few rows, and an archive opens dozens of
// sinks, so a full-sized first chunk for each was tens of megabytes allocated per download for nothing.
const FIRST_CHUNK_BYTES = 16 * 1024;
const CHUNK_BYTES = 256 * 1024;
const EMPTY = Buffer.alloc(0);

export class ByteSink {
  buf: Buffer = EMPTY;
  pos = 0;
  private size = FIRST_CHUNK_BYTES;

  constructor(private readonly emit: (chunk: Uint8Array) => void) {}

  /** Makes room for n more bytes at `pos` (a new chunk is started when the current one is too full). */
  reserve(n: number) {
    if (this.pos + n <= this.buf.length) return;
    this.flush();
    this.buf = Buffer.allocUnsafe(Math.max(n, this.size));
    this.size = Math.min(this.size * 2, CHUNK_BYTES);
  }

  /** Hands over what has been written so far; the chunk now belongs to the receiver. */
  flush() {
    if (this.pos === 0) return;
    this.emit(this.buf.subarray(0, this.pos));
    this.buf = EMPTY;
    this.pos = 0;
  }

  /** Any text, as UTF-8 (a character takes at most three bytes per UTF-16 unit). */
  write(s: string) {
    this.reserve(s.length * 3);
    this.pos += this.buf.write(s, this.pos, "utf8");
  }
}

/** Text known to be ASCII: keys, numbers, uuids, dates. */
export function putAscii(buf: Buffer, p: number, s: string): number {
  for (let i = 0; i < s.length; i++) buf[p++] = s.charCodeAt(i);
  return p;
}
