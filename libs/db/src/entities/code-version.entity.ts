import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'code_versions' })
export class CodeVersionEntity {
  @PrimaryColumn({ type: 'text' })
  version!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Sections with their titles, in order. */
  @Column({ type: 'jsonb' })
  sections!: { number: number; title: string }[];

  /** The catalog data version that was loaded, so a changed catalog reloads. */
  @Column({ name: 'catalog_version', type: 'text' })
  catalogVersion!: string;
}
