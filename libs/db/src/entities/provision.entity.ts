import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'provisions' })
export class ProvisionEntity {
  @PrimaryColumn({ type: 'text' })
  version!: string;

  @PrimaryColumn({ type: 'text' })
  number!: string;

  @Column({ type: 'integer' })
  section!: number;

  @Column({ type: 'smallint', nullable: true })
  stage!: number | null;

  @Column({ type: 'text' })
  obligation!: 'must' | 'should';

  @Column({ type: 'text' })
  requirement!: string;

  @Column({ name: 'short_title', type: 'text' })
  shortTitle!: string;

  @Column({ type: 'jsonb', nullable: true })
  timescale!: { amount: number; unit: string; from: string; extension?: boolean } | null;

  /** Position in the version's form, for ordering. */
  @Column({ type: 'integer' })
  ordinal!: number;
}
