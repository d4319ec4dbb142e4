import type { UpdateLandlordRequest } from '@app/contracts';
import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { CreateLandlordDto } from './create-landlord.dto';

/**
 * Every field of a new landlord, each optional, with the same validation. `null` passes it as well
 * (the fields are optional) and clears registrationCode, region and homesOwned; the overrides below
 * only say so in the API docs.
 */
export class UpdateLandlordDto extends PartialType(CreateLandlordDto) implements UpdateLandlordRequest {
  @ApiPropertyOptional({ type: String, nullable: true })
  override registrationCode?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  override region?: string;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0 })
  override homesOwned?: number;

  @ApiPropertyOptional({ type: [String], description: 'Replaces the whole list' })
  override aliases?: string[];
}
