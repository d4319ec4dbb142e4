import type { AnswerStatus } from '@app/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SubmissionEntity } from './submission.entity';

/**
 * A human correction of one answer, kept apart from the parser's output so it survives re-parsing.
 * Keyed by the provision number as the parser read it and the row's position in the document.
 */
@Entity({ name: 'answer_overrides' })
@Index('uq_answer_overrides_key', ['submissionId', 'parsedProvision', 'position'], { unique: true })
export class AnswerOverrideEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission!: SubmissionEntity;

  @Column({ name: 'parsed_provision', type: 'text' })
  parsedProvision!: string;

  @Column({ type: 'integer' })
  position!: number;

  /** The corrected status, or null when only the provision number was corrected. */
  @Column({ type: 'text', nullable: true })
  status!: AnswerStatus | null;

  /** The corrected provision number, or null when only the status was corrected. */
  @Column({ type: 'text', nullable: true })
  provision!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
