import type { AnswerStatus } from '@app/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SubmissionEntity } from './submission.entity';

export interface CanonicalLink {
  provision: string;
  relation: string;
  confidence: string;
  trend: string;
}

export interface AnswerSource {
  pages?: number[];
  regions?: { page: number; x0: number; y0: number; x1: number; y1: number; pageWidth: number; pageHeight: number }[];
  table?: number;
  row?: number;
  lines?: [number, number];
}

/** One provision row of a submission. `status`/`provision` are effective values (corrections applied). */
@Entity({ name: 'answers' })
@Index('idx_answers_submission_position', ['submissionId', 'position'], { unique: true })
export class AnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission!: SubmissionEntity;

  /** Document order. */
  @Column({ type: 'integer' })
  position!: number;

  /** As numbered in the document's own Code version (after any correction). */
  @Column({ type: 'text' })
  provision!: string;

  @Column({ name: 'parsed_provision', type: 'text' })
  parsedProvision!: string;

  /** Canonical 2024 provision numbers; the analytics index. */
  @Index('idx_answers_canonical_provisions', { synchronize: false })
  @Column({ name: 'canonical_provisions', type: 'text', array: true })
  canonicalProvisions!: string[];

  @Column({ name: 'canonical_links', type: 'jsonb' })
  canonicalLinks!: CanonicalLink[];

  @Column({ type: 'text' })
  status!: AnswerStatus;

  @Column({ name: 'parsed_status', type: 'text' })
  parsedStatus!: AnswerStatus;

  @Column({ name: 'status_raw', type: 'text', nullable: true })
  statusRaw!: string | null;

  @Column({ type: 'text', nullable: true })
  requirement!: string | null;

  @Column({ type: 'text', nullable: true })
  evidence!: string | null;

  @Column({ type: 'text', nullable: true })
  commentary!: string | null;

  @Column({ type: 'real' })
  confidence!: number;

  /** Parser warnings for the row, as machine codes. */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  flags!: string[];

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  source!: AnswerSource;

  @Column({ name: 'corrected_at', type: 'timestamptz', nullable: true })
  correctedAt!: Date | null;

  @Column({ name: 'corrected_by', type: 'uuid', nullable: true })
  correctedBy!: string | null;
}
