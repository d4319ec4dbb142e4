import type { SearchResponse, SessionUser } from '@app/contracts';
import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { CONTENT_TYPES } from '../exports/export-file';
import { FileResponse } from '../exports/file-response.decorator';
import { SearchQueryDto } from './search-query.dto';
import { SearchService } from './search.service';

/** Full-text search over evidence, commentary and requirement text; landlord users search their own answers. */
@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @Access(['analyst', 'admin', 'landlord'])
  @ApiOperation({
    summary:
      'Ranked answers matching a web-search query, with «marked» snippets; counting submissions unless all=true',
  })
  @ApiOkResponse({ description: 'SearchResponse (libs/contracts/src/search.ts)' })
  find(@Query() query: SearchQueryDto, @CurrentUser() user: SessionUser): Promise<SearchResponse> {
    return this.search.search(query, user);
  }

  @Get('export.csv')
  @Access(['analyst', 'admin', 'landlord'])
  @Header('Content-Type', CONTENT_TYPES.csv)
  @Header('Content-Disposition', 'attachment; filename="search-results.csv"')
  @FileResponse('csv')
  @ApiOperation({ summary: 'The same search as CSV (every ranked match, best first)' })
  exportCsv(@Query() query: SearchQueryDto, @CurrentUser() user: SessionUser): Promise<string> {
    return this.search.exportCsv(query, user);
  }
}
