import type { LandlordType } from '@app/contracts';
import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LandlordAliasEntity } from './landlord-alias.entity';

@Entity({ name: 'landlords' })
export class LandlordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Lower-cased, punctuation-free form used for matching detected names. */
  @Index('idx_landlords_match_name')
  @Column({ name: 'match_name', type: 'text' })
  matchName!: string;

  @Column({ type: 'text' })
  type!: LandlordType;

  /** Regulator of Social Housing registration code (e.g. "L4512"); local authorities use their ONS code. */
  @Column({ name: 'registration_code', type: 'text', nullable: true, unique: true })
  registrationCode!: string | null;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ name: 'homes_owned', type: 'integer', nullable: true })
  homesOwned!: number | null;

  /** Set when this landlord was merged into another; its submissions moved there. */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @OneToMany(() => LandlordAliasEntity, (alias) => alias.landlord, { cascade: true })
  aliases!: LandlordAliasEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
