import { buildZip } from '@app/testing';

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const DIFAT_SECTOR = 0xfffffffc;
const SECTOR = 512;
const PER_SECTOR = SECTOR / 4;

/**
 * An OLE2 compound file (version 3, 512-byte sectors) holding `streams` in its root storage, laid out as Office
 * lays out a password-protected DOCX: FAT (and DIFAT) sectors first, then the streams, the directory last.
 * Every stream lives in the FAT (none in the mini stream), which readers of the directory do not mind.
 */
export function compoundFile(streams: { name: string; data: Buffer }[]): Buffer {
  const dataSectors = streams.map((stream) => Math.max(1, Math.ceil(stream.data.length / SECTOR)));
  const directorySectors = Math.ceil((streams.length + 1) / 4);
  let fatSectors = 1;
  let difatSectors = 0;
  for (;;) {
    const total = fatSectors + difatSectors + dataSectors.reduce((a, b) => a + b, 0) + directorySectors;
    const fat = Math.ceil(total / PER_SECTOR);
    const difat = fat > 109 ? Math.ceil((fat - 109) / (PER_SECTOR - 1)) : 0;
    if (fat === fatSectors && difat === difatSectors) break;
    [fatSectors, difatSectors] = [fat, difat];
  }
  const fat = new Array<number>(fatSectors * PER_SECTOR).fill(FREE);
  let next = 0;
  const chain = (length: number, marker?: number): number => {
    const first = next;
    for (let i = 0; i < length; i++, next++) fat[next] = marker ?? (i === length - 1 ? END_OF_CHAIN : next + 1);
    return first;
  };
  const fatStart = chain(fatSectors, FAT_SECTOR);
  const difatStart = chain(difatSectors, DIFAT_SECTOR);
  const starts = dataSectors.map((length) => chain(length));
  const directoryStart = chain(directorySectors);
  const sectors = Buffer.alloc(next * SECTOR);
  const sectorAt = (sector: number) => sectors.subarray(sector * SECTOR, (sector + 1) * SECTOR);

  fat.slice(0, fatSectors * PER_SECTOR).forEach((value, i) => sectors.writeUInt32LE(value, (fatStart * PER_SECTOR + i) * 4));
  const fatNumbers = Array.from({ length: fatSectors }, (_, i) => fatStart + i);
  for (let d = 0; d < difatSectors; d++) {
    const sector = sectorAt(difatStart + d);
    sector.fill(0xff);
    fatNumbers.slice(109 + d * (PER_SECTOR - 1), 109 + (d + 1) * (PER_SECTOR - 1)).forEach((n, i) => sector.writeUInt32LE(n, i * 4));
    sector.writeUInt32LE(d === difatSectors - 1 ? END_OF_CHAIN : difatStart + d + 1, (PER_SECTOR - 1) * 4);
  }
  streams.forEach((stream, i) => stream.data.copy(sectors, starts[i]! * SECTOR));

  const directory = sectors.subarray(directoryStart * SECTOR, (directoryStart + directorySectors) * SECTOR);
  const entry = (index: number, name: string, type: number, start: number, size: number, child: number, right: number) => {
    const at = index * 128;
    directory.write(name, at, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, at + 64);
    directory.writeUInt8(type, at + 66);
    directory.writeUInt8(1, at + 67);
    directory.writeUInt32LE(FREE, at + 68);
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(start, at + 116);
    directory.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, END_OF_CHAIN, 0, streams.length > 0 ? 1 : FREE, FREE);
  streams.forEach((stream, i) =>
    entry(i + 1, stream.name, 2, starts[i]!, stream.data.length, FREE, i + 2 <= streams.length ? i + 2 : FREE),
  );

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(fatSectors, 44);
  header.writeUInt32LE(directoryStart, 48);
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(END_OF_CHAIN, 60);
  header.writeUInt32LE(difatSectors > 0 ? difatStart : END_OF_CHAIN, 68);
  header.writeUInt32LE(difatSectors, 72);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(fatNumbers[i] ?? FREE, 76 + i * 4);
  return Buffer.concat([header, sectors]);
}

/** A DOCX or XLSX saved with a password: the encrypted package in a compound file, with its encryption info. */
export function passwordProtectedOffice(packageBytes = 64 * 1024): Buffer {
  return compoundFile([
    { name: 'EncryptionInfo', data: Buffer.alloc(600, 4) },
    { name: 'EncryptedPackage', data: Buffer.alloc(packageBytes, 0x5a) },
  ]);
}

/** An old binary Word document: a compound file with no encrypted package. */
export function binaryWordDocument(): Buffer {
  return compoundFile([
    { name: 'WordDocument', data: Buffer.alloc(8000, 1) },
    { name: '1Table', data: Buffer.alloc(4000, 2) },
  ]);
}

/** A ZIP whose entries carry the encrypted flag (general-purpose bit 0), in their local headers and the directory. */
export function encryptedZip(entries: { name: string; data: Buffer }[]): Buffer {
  const zip = buildZip(entries.map((entry) => ({ ...entry, stored: true })));
  let central = zip.readUInt32LE(zip.length - 22 + 16);
  for (let i = 0; i < entries.length; i++) {
    const local = zip.readUInt32LE(central + 42);
    zip.writeUInt16LE(zip.readUInt16LE(central + 8) | 1, central + 8);
    zip.writeUInt16LE(zip.readUInt16LE(local + 6) | 1, local + 6);
    central += 46 + zip.readUInt16LE(central + 28) + zip.readUInt16LE(central + 30) + zip.readUInt16LE(central + 32);
  }
  return zip;
}
