import type { LandlordProfileResponse, MatrixCell, SessionUser } from '@app/contracts';
import { AnalyticsProfileRepository, answeredRate } from '@app/db';
import { Injectable } from '@nestjs/common';
import { canSeeLandlord } from '../auth/landlord-scope';
import { toLandlordIdentity } from '../landlords/landlords.service';
import { landlordNotFound } from './analytics.errors';
import { provisionsOf2024, sectionTitle, toCell, toStatusCounts } from './analytics-mapping';
import { profileChanges } from './profile-changes';

/** Landlord users see their peer group's medians only when at least this many peers stand behind them. */
export const MIN_PEERS_FOR_LANDLORD_USERS = 5;

@Injectable()
export class ProfileService {
  constructor(private readonly profiles: AnalyticsProfileRepository) {}

  async profile(user: SessionUser, id: string): Promise<LandlordProfileResponse> {
    if (!canSeeLandlord(user, id)) throw landlordNotFound();
    const [landlord, years] = await Promise.all([this.profiles.landlord(id), this.profiles.years(id)]);
    if (!landlord) throw landlordNotFound();
    const latest = years.at(-1)?.year ?? null;
    const [cells, sections] = await Promise.all([
      this.profiles.grid(id),
      latest === null ? [] : this.profiles.sectionRates(id, latest, landlord),
    ]);

    const grid: Record<string, Record<string, MatrixCell>> = {};
    for (const year of years) grid[String(year.year)] = {};
    for (const cell of cells) (grid[String(cell.year)] ??= {})[cell.provision] = toCell(cell);
    const provisions = provisionsOf2024();

    const withholdPeers = user.role === 'landlord';
    return {
      landlord: {
        ...toLandlordIdentity(landlord),
        sizeBand: landlord.sizeBand,
        sample: landlord.sample,
        mergedFrom: landlord.mergedFrom,
      },
      years: years.map((year) => {
        const counts = toStatusCounts(year);
        return {
          year: year.year,
          submissionId: year.submissionId,
          codeVersion: year.codeVersion,
          ...(year.mergedFromId && year.mergedFromName
            ? { mergedFrom: { landlordId: year.mergedFromId, landlordName: year.mergedFromName } }
            : {}),
          counts,
          rate: answeredRate(counts),
        };
      }),
      grid,
      provisions,
      changes: profileChanges(
        grid,
        provisions.map((p) => p.provision),
      ),
      sectionRates: {
        year: latest,
        sections: sections.map((s) => ({
          section: s.section,
          title: sectionTitle(s.section),
          rate: s.rate,
          peerMedian: withholdPeers && s.peerCount < MIN_PEERS_FOR_LANDLORD_USERS ? null : s.peerMedian,
          peerCount: s.peerCount,
        })),
      },
    };
  }
}
