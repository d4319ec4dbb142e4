import type { CodeVersionDto, CrosswalkEntryDto, ProvisionDto } from '@app/contracts';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorator';
import { CodesService } from './codes.service';

@ApiTags('codes')
@Controller('codes')
@Public()
export class CodesController {
  constructor(private readonly codes: CodesService) {}

  @Get()
  @ApiOperation({ summary: 'Complaint Handling Code versions and their sections' })
  versions(): CodeVersionDto[] {
    return this.codes.versions();
  }

  @Get('crosswalk')
  @ApiOperation({ summary: '2022 -> 2024 provision crosswalk with relation, confidence and trend carry' })
  crosswalk(): CrosswalkEntryDto[] {
    return this.codes.crosswalk();
  }

  @Get(':version/provisions')
  @ApiOperation({ summary: 'Every assessed provision of one Code version, in form order' })
  provisions(@Param('version') version: string): ProvisionDto[] {
    return this.codes.provisions(version);
  }
}
