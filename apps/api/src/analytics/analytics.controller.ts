import type {
  LandlordProfileResponse,
  MatrixResponse,
  OverviewResponse,
  ProvisionIndexResponse,
  SessionUser,
  TrendLandlordsResponse,
  TrendResponse,
} from '@app/contracts';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import {
  MatrixQueryDto,
  OverviewQueryDto,
  ProvisionIndexQueryDto,
  TrendLandlordsQueryDto,
  TrendQueryDto,
} from './dto/analytics-query.dto';
import { MatrixService } from './matrix.service';
import { OverviewService } from './overview.service';
import { ProfileService } from './profile.service';
import { TrendService } from './trend.service';

/** Comparisons across landlords and years, keyed by 2024 provision (counting rules: docs/ARCHITECTURE.md). */
@ApiTags('analytics')
@Controller('analytics')
export class AnalyticsController {
  constructor(
    private readonly trends: TrendService,
    private readonly matrices: MatrixService,
    private readonly profiles: ProfileService,
    private readonly overviews: OverviewService,
  ) {}

  @Get('provisions')
  @Access(['analyst', 'admin'])
  @ApiOperation({
    summary:
      'Every 2024 provision in one year: counts by status and non-compliance rate (no + partial over answered)',
  })
  @ApiOkResponse({ description: 'ProvisionIndexResponse' })
  provisions(@Query() query: ProvisionIndexQueryDto): Promise<ProvisionIndexResponse> {
    return this.overviews.provisionIndex(query);
  }

  @Get('provisions/:provision/trend')
  @Access(['analyst', 'admin'])
  @ApiOperation({
    summary: 'A 2024 provision over the years: counts and rate per year, optionally per peer group',
  })
  @ApiOkResponse({ description: 'TrendResponse (libs/contracts/src/analytics.ts)' })
  @ApiNotFoundResponse({ description: 'Not a 2024 provision' })
  trend(@Param('provision') provision: string, @Query() query: TrendQueryDto): Promise<TrendResponse> {
    return this.trends.trend(provision, query);
  }

  @Get('provisions/:provision/trend/landlords')
  @Access(['analyst', 'admin'])
  @ApiOperation({
    summary: 'The landlords behind one point of a trend, by name, with the answer that counted',
  })
  @ApiOkResponse({ description: 'Page of TrendLandlordItem' })
  @ApiNotFoundResponse({ description: 'Not a 2024 provision' })
  trendLandlords(
    @Param('provision') provision: string,
    @Query() query: TrendLandlordsQueryDto,
  ): Promise<TrendLandlordsResponse> {
    return this.trends.landlords(provision, query);
  }

  @Get('matrix')
  @Access(['analyst', 'admin'])
  @ApiOperation({
    summary: 'Landlords × 2024 provisions for one year: one row per landlord with a counting submission',
  })
  @ApiOkResponse({ description: 'MatrixResponse' })
  matrix(@Query() query: MatrixQueryDto): Promise<MatrixResponse> {
    return this.matrices.matrix(query);
  }

  @Get('landlords/:id')
  @Access(['analyst', 'admin', 'landlord'])
  @ApiOperation({
    summary:
      "A landlord's years, grid, changes and section rates beside its peers' medians (landlord users: their own only)",
  })
  @ApiOkResponse({ description: 'LandlordProfileResponse' })
  @ApiNotFoundResponse()
  profile(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<LandlordProfileResponse> {
    return this.profiles.profile(user, id);
  }

  @Get('overview')
  @Access(['analyst', 'admin'])
  @ApiOperation({
    summary:
      'The sector in one year: submitted, counted, least complied-with provisions, movers, non-submitters',
  })
  @ApiOkResponse({ description: 'OverviewResponse' })
  overview(@Query() query: OverviewQueryDto): Promise<OverviewResponse> {
    return this.overviews.overview(query);
  }
}
