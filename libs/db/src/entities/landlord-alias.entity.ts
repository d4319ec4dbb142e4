import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LandlordEntity } from './landlord.entity';

@Entity({ name: 'landlord_aliases' })
@Index('uq_landlord_aliases_match_name', ['matchName'], { unique: true })
@Index('idx_landlord_aliases_landlord', ['landlordId'])
export class LandlordAliasEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'landlord_id', type: 'uuid' })
  landlordId!: string;

  @ManyToOne(() => LandlordEntity, (landlord) => landlord.aliases, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'landlord_id' })
  landlord!: LandlordEntity;

  @Column({ type: 'text' })
  alias!: string;

  @Column({ name: 'match_name', type: 'text' })
  matchName!: string;
}
