/** Running text outside tables: headings (larger or bold short lines) and paragraphs. */
import type { HeadingBlock, ParagraphBlock } from '../../model/extracted-document';
import type { Box } from './geometry';
import type { TextLine } from './page-content';
import { assembleLines } from './cell-text';

export type TextBlock = (HeadingBlock | ParagraphBlock) & { box: Box };

function headingLevel(size: number, bodySize: number): number {
  if (size >= bodySize * 1.6) return 1;
  if (size >= bodySize * 1.3) return 2;
  return 3;
}

function boxOf(lines: readonly TextLine[]): Box {
  return {
    x0: Math.min(...lines.map((l) => l.x0)),
    y0: Math.min(...lines.map((l) => l.y0)),
    x1: Math.max(...lines.map((l) => l.x1)),
    y1: Math.max(...lines.map((l) => l.y1)),
  };
}

/** Splits lines where the gap, the size or the weight changes, then reads each group. */
export function readTextBlocks(lines: readonly TextLine[], bodySize: number, pageNumber: number, marks: readonly Box[]): TextBlock[] {
  const groups: TextLine[][] = [];
  for (const line of lines) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    const bold = line.fragments.every((f) => f.bold);
    const sameStyle =
      previous !== undefined &&
      Math.abs(previous.fontSize - line.fontSize) <= 0.12 * line.fontSize &&
      previous.fragments.every((f) => f.bold) === bold;
    if (group && previous && sameStyle && line.y0 - previous.y1 <= 0.8 * line.fontSize) group.push(line);
    else groups.push([line]);
  }
  const blocks: TextBlock[] = [];
  for (const group of groups) {
    const size = group.reduce((sum, l) => sum + l.fontSize, 0) / group.length;
    const bold = group.every((l) => l.fragments.every((f) => f.bold));
    const paragraphs = assembleLines(group, marks);
    const text = paragraphs.join(' ');
    const box = boxOf(group);
    const larger = size >= bodySize * 1.15;
    if ((larger || bold) && group.length <= 3 && text.length <= 150 && !text.startsWith('• ')) {
      blocks.push({ kind: 'heading', text, level: larger ? headingLevel(size, bodySize) : 4, page: pageNumber, box });
      continue;
    }
    for (const paragraph of paragraphs) blocks.push({ kind: 'paragraph', text: paragraph, page: pageNumber, box });
  }
  return blocks;
}
