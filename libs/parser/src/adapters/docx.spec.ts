import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { storedZip } from '../testing/stored-zip.test-support';
import { extractDocx } from './docx';
import { readZipDirectory, readZipEntry } from './zip-archive';

const LIMITS = { maxUncompressedBytes: 10 * 1024 * 1024 };

async function wordDocument(title: string): Promise<Uint8Array> {
  const cells = (texts: string[]): TableRow =>
    new TableRow({ children: texts.map((t) => new TableCell({ children: [new Paragraph(t)] })) });
  const doc = new Document({
    title,
    sections: [
      {
        children: [
          new Paragraph('Self-assessment'),
          new Table({
            rows: [cells(['Ref', 'Requirement', 'Compliant?']), cells(['1.2', 'A complaint', 'Yes'])],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('Word adapter', () => {
  it('reads the title from the document properties, which the body may not repeat', async () => {
    const doc = await extractDocx(
      await wordDocument('Thornbury Housing Trust & partners – self-assessment'),
      LIMITS,
    );
    expect(doc.metadata.title).toBe('Thornbury Housing Trust & partners – self-assessment');
    expect(doc.blocks.some((b) => b.kind === 'row')).toBe(true);
  });
});

describe('readZipEntry', () => {
  it('reads stored and deflated entries, and refuses ones larger than allowed', async () => {
    const stored = storedZip([{ name: 'a.txt', data: 'hello' }]);
    const entry = readZipDirectory(stored)?.[0];
    expect(entry && new TextDecoder().decode(readZipEntry(stored, entry, 100) ?? new Uint8Array())).toBe(
      'hello',
    );
    expect(entry && readZipEntry(stored, entry, 2)).toBeNull();

    const word = await wordDocument('Title');
    const core = readZipDirectory(word)?.find((e) => e.name === 'docProps/core.xml');
    expect(core?.method).toBe(8);
    expect(
      core && new TextDecoder().decode(readZipEntry(word, core, 64 * 1024) ?? new Uint8Array()),
    ).toContain('<dc:title>Title</dc:title>');
  });
});
