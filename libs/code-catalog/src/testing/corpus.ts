import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CodeVersion } from '../types';

export interface TruthRow {
  provision: string;
  status: string;
}

export interface CorpusDocument {
  name: string;
  text: string;
  codeVersion: CodeVersion;
  rows: TruthRow[];
}

const CORPUS_DIR = resolve(__dirname, '..', '..', '..', 'parser', 'fixtures', 'corpus');

/** The five real self-assessments and their hand-checked truth (specs only; reads the parser's fixtures). */
export function loadCorpus(): CorpusDocument[] {
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const truth = JSON.parse(
        readFileSync(join(CORPUS_DIR, file.replace(/\.txt$/, '.truth.json')), 'utf8'),
      ) as {
        codeVersion: CodeVersion;
        rows: TruthRow[];
      };
      return {
        name: file,
        text: readFileSync(join(CORPUS_DIR, file), 'utf8'),
        codeVersion: truth.codeVersion,
        rows: truth.rows,
      };
    });
}

export const CROSSWALK_CSV = resolve(__dirname, '..', '..', 'data', 'crosswalk-2022-to-2024.csv');
