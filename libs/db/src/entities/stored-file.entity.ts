import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The original bytes of an upload, kept so any submission can be re-parsed or downloaded. */
@Entity({ name: 'stored_files' })
export class StoredFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('idx_stored_files_sha256')
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  @Column({ type: 'text' })
  format!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ name: 'original_name', type: 'text' })
  originalName!: string;

  // Not selected by default: listing submissions must never drag the bytes along.
  @Column({ type: 'bytea', select: false })
  bytes!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
