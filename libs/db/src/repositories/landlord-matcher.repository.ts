import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  DEFAULT_MATCH_THRESHOLD,
  type LandlordCandidate,
  type LandlordNameMatch,
  matchLandlordName,
} from '../landlord-names/landlord-matching';
import { selectRows } from './sql';

/**
 * Finds the registry landlord a detected name refers to (worker: after parsing a document; API: when
 * suggesting a landlord for an upload). Compares against every current landlord's name and aliases.
 */
@Injectable()
export class LandlordMatcher {
  constructor(private readonly dataSource: DataSource) {}

  /** The best match with its score (0-1), or null below `threshold` or when two landlords tie. */
  async match(detectedName: string, threshold = DEFAULT_MATCH_THRESHOLD): Promise<LandlordNameMatch | null> {
    if (!detectedName.trim()) return null;
    return matchLandlordName(detectedName, await this.candidates(), threshold);
  }

  /** A registry landlord's name, for messages. */
  async nameOf(landlordId: string): Promise<string | null> {
    const rows: { name: string }[] = await this.dataSource.query('SELECT name FROM landlords WHERE id = $1', [landlordId]);
    return rows[0]?.name ?? null;
  }

  /** Current landlords (not merged away) with their aliases; a merged landlord's name is an alias of its survivor. */
  async candidates(): Promise<LandlordCandidate[]> {
    return selectRows(
      this.dataSource.manager,
      `SELECT l.id, l.name,
              COALESCE((SELECT array_agg(a.alias) FROM landlord_aliases a WHERE a.landlord_id = l.id), '{}') AS aliases
         FROM landlords l
        WHERE l.merged_into_id IS NULL`,
      [],
      z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()) }) satisfies z.ZodType<LandlordCandidate>,
    );
  }
}
