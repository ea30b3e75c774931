import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A tiny zip writer for tests of malicious zips. yazl refuses to write most of
 * what Attest must refuse (`../x`, absolute names, symlinks, lying sizes,
 * shared data), so this writes the bytes exactly as told (APPNOTE 4.3.7,
 * 4.3.12, 4.3.16). No zip64, no data descriptors.
 */
export interface RawZipEntry {
  /** A string is written as UTF-8; bytes are written as they are. */
  readonly name: string | Uint8Array;
  /** Sets general-purpose bit 11 (UTF-8 name). Default: true. */
  readonly utf8?: boolean;
  readonly data?: Uint8Array | string;
  /** 0 stored (default), 8 deflated; any other number is written as is with the data stored. */
  readonly method?: number;
  /** Extra general-purpose bits (e.g. 0x1 encrypted). */
  readonly flags?: number;
  /** "Version made by": host in the high byte (3 = Unix). Default: Unix, 2.0. */
  readonly versionMadeBy?: number;
  /** Full 32-bit external attributes; default: a regular Unix file 0644. */
  readonly externalAttributes?: number;
  /** Lies told in the central directory (the local header tells the same lie). */
  readonly declaredUncompressedSize?: number;
  readonly declaredCompressedSize?: number;
  readonly declaredCrc32?: number;
  /** Instead of writing data, point the central record at entry N's local header (overlap bombs). */
  readonly sameDataAs?: number;
}

export const unixMode = {
  file: 0o100644,
  directory: 0o040755,
  symlink: 0o120777,
  fifo: 0o010644,
  charDevice: 0o020644,
  blockDevice: 0o060644,
  socket: 0o140755,
} as const;

/** External attributes carrying a Unix st_mode (upper 16 bits). */
export function unixAttributes(mode: number): number {
  return (mode << 16) >>> 0;
}

const UNIX_MADE_BY = (3 << 8) | 20;

interface Written {
  readonly nameBytes: Buffer;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly offset: number;
}

function toBytes(value: Uint8Array | string): Buffer {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value);
}

/** Builds the zip in memory. */
export function buildRawZip(entries: readonly RawZipEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  const written: Written[] = [];
  let offset = 0;

  for (const entry of entries) {
    const nameBytes = toBytes(entry.name);
    const flags = (entry.utf8 === false ? 0 : 0x800) | (entry.flags ?? 0);
    const shared = entry.sameDataAs === undefined ? undefined : written[entry.sameDataAs];
    let record: Written;
    if (shared) {
      record = { ...shared, nameBytes, flags };
    } else {
      const data = toBytes(entry.data ?? '');
      const method = entry.method ?? 0;
      const body = method === 8 ? deflateRawSync(data) : data;
      record = {
        nameBytes,
        flags,
        method,
        crc: entry.declaredCrc32 ?? crc32(data),
        compressedSize: entry.declaredCompressedSize ?? body.length,
        uncompressedSize: entry.declaredUncompressedSize ?? data.length,
        offset,
      };
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(flags, 6);
      local.writeUInt16LE(method, 8);
      local.writeUInt16LE(0, 10); // time
      local.writeUInt16LE(0x21, 12); // date: 1980-01-01
      local.writeUInt32LE(record.crc >>> 0, 14);
      local.writeUInt32LE(record.compressedSize, 18);
      local.writeUInt32LE(record.uncompressedSize, 22);
      local.writeUInt16LE(nameBytes.length, 26);
      local.writeUInt16LE(0, 28);
      chunks.push(local, nameBytes, body);
      offset += local.length + nameBytes.length + body.length;
    }
    written.push(record);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(entry.versionMadeBy ?? UNIX_MADE_BY, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(record.flags, 8);
    header.writeUInt16LE(record.method, 10);
    header.writeUInt16LE(0, 12);
    header.writeUInt16LE(0x21, 14);
    header.writeUInt32LE(record.crc >>> 0, 16);
    header.writeUInt32LE(record.compressedSize, 20);
    header.writeUInt32LE(record.uncompressedSize, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt16LE(0, 30); // extra length
    header.writeUInt16LE(0, 32); // comment length
    header.writeUInt16LE(0, 34); // disk
    header.writeUInt16LE(0, 36); // internal attributes
    header.writeUInt32LE(entry.externalAttributes ?? unixAttributes(unixMode.file), 38);
    header.writeUInt32LE(record.offset, 42);
    central.push(header, nameBytes);
  }

  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
