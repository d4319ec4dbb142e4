import type { MergeLandlordRequest } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class MergeLandlordDto implements MergeLandlordRequest {
  @ApiProperty({ format: 'uuid', description: 'The landlord that survives and receives everything' })
  @IsUUID()
  intoId!: string;
}
