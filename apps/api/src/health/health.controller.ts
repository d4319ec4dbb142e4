import type { HealthResponse, WorkerProbeResponse } from '@app/contracts';
import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/access.decorator';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'PostgreSQL and Redis reachability, queue depths; 503 when a dependency is down' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const result = await this.health.check();
    res.status(result.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return result;
  }

  @Get('worker')
  @ApiOperation({ summary: 'Round-trips a probe job through a worker; 503 when no worker answers' })
  async probeWorker(@Res({ passthrough: true }) res: Response): Promise<WorkerProbeResponse> {
    const result = await this.health.probeWorker().catch((): WorkerProbeResponse => ({ status: 'timeout', roundTripMs: null }));
    res.status(result.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return result;
  }
}
