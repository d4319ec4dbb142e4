import type { AnswerChangeDto, AnswerSnapshotDto, AnswerStatus } from '@app/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AnswerSource, CanonicalLink } from './answer.entity';
import { SubmissionEntity } from './submission.entity';

/** One answer as a parse produced it (before corrections), ready to be written to `answers`. */
export interface ParsedAnswerRow {
  position: number;
  provision: string;
  canonicalLinks: CanonicalLink[];
  status: AnswerStatus;
  statusRaw: string | null;
  requirement: string | null;
  evidence: string | null;
  commentary: string | null;
  confidence: number;
  flags: string[];
  source: AnswerSource;
}

/** What one parse says about a submission as a whole. */
export interface ParsedSubmissionFields {
  codeVersion: string;
  parserVersion: string;
  detectedLandlordName: string | null;
  detectedYear: number | null;
  detectedDate: string | null;
  /** Document-level warnings, as messages a reader can act on. */
  warnings: string[];
}

export interface ReparseProposal {
  submission: ParsedSubmissionFields;
  answers: ParsedAnswerRow[];
}

/** Stored as the API serves it (GET /api/submissions/:id/reparse-diff). */
export type AnswerSnapshot = AnswerSnapshotDto;
export type AnswerChange = AnswerChangeDto;

/** A re-parse of a confirmed submission that would change its answers: kept until accepted or rejected. */
@Entity({ name: 'reparse_diffs' })
@Index('idx_reparse_diffs_submission', ['submissionId'])
@Index('uq_reparse_diffs_pending', ['submissionId'], { unique: true, where: 'resolved_at IS NULL' })
export class ReparseDiffEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission!: SubmissionEntity;

  @Column({ type: 'integer' })
  generation!: number;

  @Column({ name: 'parser_version', type: 'text' })
  parserVersion!: string;

  @Column({ type: 'jsonb' })
  changes!: AnswerChange[];

  @Column({ type: 'jsonb' })
  proposed!: ReparseProposal;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  resolution!: 'accepted' | 'rejected' | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy!: string | null;
}
