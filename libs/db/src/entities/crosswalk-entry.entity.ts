import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'crosswalk_entries' })
@Index('idx_crosswalk_entries_from', ['fromNumber'])
@Index('idx_crosswalk_entries_to', ['toNumber'])
export class CrosswalkEntryEntity {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ name: 'from_version', type: 'text' })
  fromVersion!: string;

  @Column({ name: 'from_number', type: 'text' })
  fromNumber!: string;

  @Column({ name: 'to_version', type: 'text' })
  toVersion!: string;

  @Column({ name: 'to_number', type: 'text', nullable: true })
  toNumber!: string | null;

  @Column({ type: 'text' })
  relation!: string;

  @Column({ type: 'text' })
  confidence!: string;

  /** as_is | caveat | none: how a mapped answer may be carried onto a 2024 trend. */
  @Column({ type: 'text' })
  trend!: string;

  @Column({ type: 'text' })
  note!: string;
}
