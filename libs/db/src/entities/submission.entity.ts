import type { SubmissionCountsDto, SubmissionStatus } from '@app/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LandlordEntity } from './landlord.entity';
import { StoredFileEntity } from './stored-file.entity';

export type SubmissionCounts = SubmissionCountsDto;

@Entity({ name: 'submissions' })
@Index('idx_submissions_landlord_year', ['landlordId', 'assessmentYear'])
@Index('idx_submissions_year_status', ['assessmentYear', 'status'])
@Index('idx_submissions_status_updated', ['status', 'updatedAt'])
@Index('idx_submissions_sha256', ['sha256'])
@Index('idx_submissions_created_at', ['createdAt'])
@Index('idx_submissions_superseded_by', ['supersededById'])
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'landlord_id', type: 'uuid', nullable: true })
  landlordId!: string | null;

  @ManyToOne(() => LandlordEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'landlord_id' })
  landlord!: LandlordEntity | null;

  @Column({ name: 'assessment_year', type: 'integer', nullable: true })
  assessmentYear!: number | null;

  @Column({ name: 'code_version', type: 'text', nullable: true })
  codeVersion!: string | null;

  @Column({ type: 'text' })
  status!: SubmissionStatus;

  /** 0-100 while parsing, for progress bars. */
  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Column({ name: 'file_id', type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id' })
  file!: StoredFileEntity;

  /** Copied from the file so duplicate uploads are found with one index. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ name: 'parser_version', type: 'text', nullable: true })
  parserVersion!: string | null;

  /** Incremented each time a parse is requested; part of the job id. */
  @Column({ name: 'parse_generation', type: 'integer', default: 0 })
  parseGeneration!: number;

  /** The generation whose parse has been applied (answers written, or a re-parse diff stored); behind while a parse is pending. */
  @Column({ name: 'parsed_generation', type: 'integer', default: 0 })
  parsedGeneration!: number;

  @Column({ name: 'detected_landlord_name', type: 'text', nullable: true })
  detectedLandlordName!: string | null;

  @Column({ name: 'detected_year', type: 'integer', nullable: true })
  detectedYear!: number | null;

  @Column({ name: 'detected_date', type: 'text', nullable: true })
  detectedDate!: string | null;

  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode!: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  warnings!: string[];

  @Column({ type: 'jsonb', nullable: true })
  counts!: SubmissionCounts | null;

  /** The newer submission for the same landlord and year that replaced this one. */
  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true })
  supersededById!: string | null;

  @Column({ name: 'parsed_at', type: 'timestamptz', nullable: true })
  parsedAt!: Date | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true })
  confirmedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
