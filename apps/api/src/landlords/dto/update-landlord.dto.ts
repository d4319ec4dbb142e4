import { LANDLORD_TYPES, type LandlordType, type UpdateLandlordRequest } from '@app/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
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
  ValidateIf,
} from 'class-validator';

const present = (_: object, value: unknown) => value !== null && value !== undefined;

export class UpdateLandlordDto implements UpdateLandlordRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: LANDLORD_TYPES })
  @IsOptional()
  @IsIn(LANDLORD_TYPES)
  type?: LandlordType;

  @ApiPropertyOptional({ type: String, nullable: true })
  @ValidateIf(present)
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 -]{0,29}$/, {
    message: 'registrationCode must be letters and digits, e.g. L4512 or E09000023',
  })
  registrationCode?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @ValidateIf(present)
  @IsString()
  @MaxLength(100)
  region?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0 })
  @ValidateIf(present)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  homesOwned?: number | null;

  @ApiPropertyOptional({ type: [String], description: 'Replaces the whole list' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];
}
