import type { AnswerDto } from '@app/contracts';
import { isFlagged } from './flag-answer';

export interface AnswerSection {
  /** The section number as printed (the part of the provision before the dot), or "other". */
  key: string;
  answers: AnswerDto[];
  flagged: number;
}

/** Answers in document order, in runs by Code section, so the review table can fold sections away. */
export function answerSections(answers: AnswerDto[]): AnswerSection[] {
  const sections: AnswerSection[] = [];
  for (const answer of answers) {
    const key = /^\d+\./.test(answer.provision) ? answer.provision.split('.')[0]! : 'other';
    let current = sections.at(-1);
    if (!current || current.key !== key) {
      current = { key, answers: [], flagged: 0 };
      sections.push(current);
    }
    current.answers.push(answer);
    if (isFlagged(answer)) current.flagged += 1;
  }
  return sections;
}
