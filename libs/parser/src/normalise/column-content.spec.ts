import { describe, expect, it } from 'vitest';
import type { DocCell } from '../model/extracted-document';
import { refineByContent } from './column-content';
import type { ColumnMap, ColumnRole } from '../vocabulary/header-row';

const map = (roles: ColumnRole[]): ColumnMap => ({ roles, headers: [], combined: false, fromHeader: true });
const rows = (...lines: string[][]): DocCell[][] => lines.map((cells) => cells.map((text) => ({ text })));

describe('refineByContent', () => {
  it('makes the set-aside column that holds the answers the answer column when the header named none', () => {
    const refined = refineByContent(
      map(['number', 'requirement', 'ignore', 'evidence']),
      rows(['1.2', 'a', 'Yes', 'e'], ['1.3', 'b', 'No', 'e'], ['1.4', 'c', 'Yes', 'e']),
    );
    expect(refined.roles).toEqual(['number', 'requirement', 'status', 'evidence']);
  });

  it('keeps one of two answer columns: the one that holds answers', () => {
    const refined = refineByContent(
      map(['number', 'status', 'status', 'evidence']),
      rows(['1.2', 'Green', 'Yes', 'e'], ['1.3', 'Amber', 'Partial', 'e'], ['1.4', 'Green', 'Yes', 'e']),
    );
    expect(refined.roles).toEqual(['number', 'ignore', 'status', 'evidence']);
  });

  it('moves the answer column when the named one holds no answers and a set-aside one holds them all', () => {
    const refined = refineByContent(
      map(['number', 'status', 'ignore', 'evidence']),
      rows(['1.2', 'Complete', 'Yes', 'e'], ['1.3', 'Ongoing', 'No', 'e'], ['1.4', 'Complete', 'Yes', 'e']),
    );
    expect(refined.roles).toEqual(['number', 'ignore', 'status', 'evidence']);
  });

  it('leaves a sound map alone, and does not promote a column of RAG colours', () => {
    const sound = map(['number', 'requirement', 'status', 'evidence']);
    expect(refineByContent(sound, rows(['1.2', 'a', 'Yes', 'e']))).toBe(sound);
    const rag = map(['number', 'requirement', 'ignore', 'evidence']);
    expect(refineByContent(rag, rows(['1.2', 'a', 'Green', 'e'], ['1.3', 'b', 'Red', 'e'])).roles).toEqual(
      rag.roles,
    );
  });
});
