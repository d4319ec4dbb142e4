import type { SearchHit, SearchResponse, SessionUser } from '@app/contracts';
import { SEARCH_CANDIDATES, type SearchHitRow, SearchRepository } from '@app/db';
import { Injectable } from '@nestjs/common';
import { landlordScope } from '../auth/landlord-scope';
import type { SearchQueryDto } from './search-query.dto';
import { searchResultsCsv } from './search-csv';

/** Most rows one CSV export holds (every ranked match); narrow the search for more. */
export const SEARCH_EXPORT_LIMIT = SEARCH_CANDIDATES;

@Injectable()
export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  async search(query: SearchQueryDto, user: SessionUser): Promise<SearchResponse> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { rows, total, capped } = await this.repository.search(this.filter(query, user), page, pageSize);
    return { items: rows.map(toHit), total, capped, page, pageSize };
  }

  async exportCsv(query: SearchQueryDto, user: SessionUser): Promise<string> {
    const { rows } = await this.repository.search(this.filter(query, user), 1, SEARCH_EXPORT_LIMIT);
    return searchResultsCsv(rows.map(toHit));
  }

  private filter(query: SearchQueryDto, user: SessionUser) {
    const scope = landlordScope(user);
    return { ...query, q: query.q.trim(), ...(scope ? { landlordId: scope } : {}) };
  }
}

function toHit(row: SearchHitRow): SearchHit {
  const { counting, ...rest } = row;
  return {
    ...rest,
    flags: row.consistencyFlags.map((f) => f.flag),
    ...(counting ? {} : { superseded: true }),
  };
}
