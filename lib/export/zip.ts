import "server-only";
import { createHash, type Hash } from "node:crypto";
import * as zlib from "node:zlib";
import { Zip, ZipDeflate, ZipPassThrough, type AsyncFlateStreamHandler, type ZipInputFile } from "fflate";

export type WrittenFile = { path: string; bytes: number; sha256: string; rows: number };

// A stored (uncompressed) entry whose CRC-32 is computed by zlib in native code; fflate's own CRC is plain
// JavaScript, which costs more than everything else the download does per byte. Falls back to fflate's
// pass-through where this Node has no zlib.crc32 (before 20.15).
class StoredEntry implements ZipInputFile {
  size = 0;
  crc = 0;
  compression = 0;
  mtime = new Date();
  ondata?: AsyncFlateStreamHandler;
  constructor(readonly filename: string) {}
  push(chunk: Uint8Array, final: boolean) {
    this.crc = zlib.crc32(chunk, this.crc);
    this.size += chunk.length;
    this.ondata!(null, chunk as Uint8Array<ArrayBuffer>, final);
  }
}

const nativeCrc = typeof zlib.crc32 === "function";

type Pushable = ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void };

function entry(path: string, level: number): Pushable {
  if (level > 0) return new ZipDeflate(path, { level: level as 1 });
  return nativeCrc ? new StoredEntry(path) : new ZipPassThrough(path);
}

/** One file being written into the archive: counts its bytes and hashes them as they pass. */
export class ZipFileWriter {
  private readonly hash: Hash = createHash("sha256");
  private bytes = 0;
  constructor(
    private readonly path: string,
    private readonly file: Pushable,
  ) {}

  write(data: string | Uint8Array) {
    const chunk = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    if (chunk.length === 0) return;
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.file.push(chunk, false);
  }

  close(rows: number): WrittenFile {
    this.file.push(new Uint8Array(0), true);
    return { path: this.path, bytes: this.bytes, sha256: this.hash.digest("hex"), rows };
  }
}

/**
 * A ZIP archive produced piece by piece. Files are written one after the other (never two at once, which would
 * make fflate hold the second in memory), and what is ready is taken out with take() and sent on at once.
 */
export class ZipWriter {
  private ready: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip = new Zip((err, chunk) => {
    if (err) this.failure = err;
    else if (chunk.length > 0) this.ready.push(chunk);
  });

  constructor(private readonly level = 0) {}

  open(path: string): ZipFileWriter {
    const file = entry(path, this.level);
    this.zip.add(file);
    return new ZipFileWriter(path, file);
  }

  end() {
    this.zip.end();
  }

  take(): Uint8Array[] {
    if (this.failure) throw this.failure;
    const out = this.ready;
    this.ready = [];
    return out;
  }
}
