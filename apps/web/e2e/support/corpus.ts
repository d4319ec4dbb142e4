import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const CORPUS = resolve(ROOT, 'libs/parser/fixtures/corpus');

export interface CorpusDocument {
  file: string;
  /** How the sample landlord's registry name starts. */
  landlord: string;
  year: number;
  codeVersion: '2022' | '2024';
}

/** Real self-assessments of five landlords, 2023 (a 2022-Code form) to 2025. */
export const CORPUS_DOCUMENTS: CorpusDocument[] = [
  { file: '000_d005444fd84a3908.txt', landlord: 'Waltham Forest', year: 2024, codeVersion: '2024' },
  { file: '001_95dbe0d9508a35d5.txt', landlord: 'Octavia Housing', year: 2024, codeVersion: '2024' },
  { file: '002_d882b0485b76ad96.txt', landlord: 'Kingston Council', year: 2024, codeVersion: '2024' },
  { file: '003_c12ef68dc0e349cb.txt', landlord: 'whg', year: 2023, codeVersion: '2022' },
  { file: '004_f04719c660cefd4a.txt', landlord: 'Lewisham Council', year: 2025, codeVersion: '2024' },
];

export function corpusBytes(file: string): Buffer {
  return readFileSync(resolve(CORPUS, file));
}
