/**
 * Password-protected Office files, told apart from the bytes before anything is stored:
 * - a ZIP (DOCX, XLSX, ODS) whose entries are encrypted: general-purpose flag bit 0 on an entry, read by the
 *   parser's own central-directory reader (`zipHasEncryptedEntry` in `@app/parser`);
 * - an OLE2 compound file holding an `EncryptedPackage` stream: how Office stores a DOCX or XLSX saved with
 *   a password ([MS-OFFCRYPTO] 2.3.4.4). Such a file is otherwise indistinguishable from an old binary .doc.
 */

/** `length` bytes from `position` (fewer at the end of the file). */
export type ReadAt = (position: number, length: number) => Promise<Uint8Array>;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Sector numbers from here up are markers (free, end of chain, FAT, DIFAT), not places. */
const MAX_SECTOR = 0xfffffffa;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY = 128;
const STREAM_OBJECT = 2;
const ENCRYPTED_PACKAGE = 'EncryptedPackage';

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= OLE_SIGNATURE.length && OLE_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/**
 * Whether an OLE2 compound file of `size` bytes lists an `EncryptedPackage` stream in its directory. Reads the
 * header, the directory's sectors and the FAT sectors that chain them: a few kilobytes, wherever they lie.
 * A header or chain that makes no sense says nothing (the file is refused as an unsupported format anyway).
 */
export async function compoundFileIsEncrypted(read: ReadAt, size: number): Promise<boolean> {
  const header = dataView(await read(0, 512));
  if (header.byteLength < 512) return false;
  const shift = header.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return false;
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const sectors = Math.ceil(size / sectorSize);
  const offsetOf = (sector: number) => (sector + 1) * sectorSize;
  const sectorAt = async (sector: number): Promise<DataView | null> => {
    if (sector >= sectors) return null;
    const bytes = await read(offsetOf(sector), sectorSize);
    return bytes.length === sectorSize ? dataView(bytes) : null;
  };

  const fatSectors = new Map<number, DataView | null>();
  const difat = await difatReader(header, sectorAt, perSector);
  /** The FAT entry of `sector`: the next sector of its chain, or a marker. */
  const next = async (sector: number): Promise<number> => {
    const index = Math.floor(sector / perSector);
    if (!fatSectors.has(index)) {
      const fatSector = await difat(index);
      fatSectors.set(index, fatSector === null ? null : await sectorAt(fatSector));
    }
    const fat = fatSectors.get(index);
    return fat ? fat.getUint32((sector % perSector) * 4, true) : MAX_SECTOR;
  };

  let sector = header.getUint32(48, true);
  // A chain can loop; no directory is longer than the file.
  for (let walked = 0; sector < MAX_SECTOR && walked < sectors; walked++) {
    const directory = await sectorAt(sector);
    if (directory === null) return false;
    for (let at = 0; at < sectorSize; at += DIRECTORY_ENTRY) {
      if (directory.getUint8(at + 66) === STREAM_OBJECT && entryName(directory, at) === ENCRYPTED_PACKAGE) return true;
    }
    sector = await next(sector);
  }
  return false;
}

/**
 * The FAT's sector numbers: the first 109 in the header, the rest in a chain of DIFAT sectors (each ending
 * with the number of the next).
 */
async function difatReader(
  header: DataView,
  sectorAt: (sector: number) => Promise<DataView | null>,
  perSector: number,
): Promise<(index: number) => Promise<number | null>> {
  const fatCount = header.getUint32(44, true);
  const chain: DataView[] = [];
  let nextDifat = header.getUint32(68, true);
  return async (index) => {
    if (index >= fatCount) return null;
    if (index < HEADER_DIFAT_ENTRIES) return header.getUint32(76 + index * 4, true);
    const chainIndex = Math.floor((index - HEADER_DIFAT_ENTRIES) / (perSector - 1));
    while (chain.length <= chainIndex) {
      const difatSector = nextDifat < MAX_SECTOR ? await sectorAt(nextDifat) : null;
      if (difatSector === null || chain.length > fatCount) return null;
      chain.push(difatSector);
      nextDifat = difatSector.getUint32((perSector - 1) * 4, true);
    }
    return chain[chainIndex]!.getUint32(((index - HEADER_DIFAT_ENTRIES) % (perSector - 1)) * 4, true);
  };
}

/** A directory entry's name: UTF-16LE, its length in bytes (with the terminating NUL) at offset 64. */
function entryName(directory: DataView, at: number): string {
  const length = directory.getUint16(at + 64, true);
  if (length < 2 || length > 64) return '';
  let name = '';
  for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(directory.getUint16(at + i, true));
  return name;
}

function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
