import { type CreateLandlordRequest, LANDLORD_TYPES, type LandlordType } from '@app/contracts';
import { OptionalRegion } from '@app/request-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export class CreateLandlordDto implements CreateLandlordRequest {
  @ApiProperty({ example: 'Lewisham Council' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: LANDLORD_TYPES })
  @IsIn(LANDLORD_TYPES)
  type!: LandlordType;

  @ApiPropertyOptional({
    description: 'Regulator of Social Housing code (e.g. L4512); local authorities use their ONS code',
    example: 'E09000023',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 -]{0,29}$/, {
    message: 'registrationCode must be letters and digits, e.g. L4512 or E09000023',
  })
  registrationCode?: string;

  @OptionalRegion()
  region?: string;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  homesOwned?: number;

  @ApiPropertyOptional({ type: [String], example: ['London Borough of Lewisham', 'lewisham.gov.uk'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];
}
