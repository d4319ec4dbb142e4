import {
  LANDLORD_TYPES,
  type LandlordDto,
  type LandlordImportLine,
  type LandlordImportLineStatus,
  type LandlordImportReport,
  type LandlordType,
} from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LandlordResponse implements LandlordDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: LANDLORD_TYPES }) type!: LandlordType;
  @ApiProperty({ type: String, nullable: true }) registrationCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) region!: string | null;
  @ApiProperty({ type: Number, nullable: true }) homesOwned!: number | null;
  @ApiProperty({ type: [String] }) aliases!: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) mergedIntoId!: string | null;
}

export class LandlordImportLineResponse implements LandlordImportLine {
  @ApiProperty() line!: number;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ enum: ['created', 'skipped', 'error'] }) status!: LandlordImportLineStatus;
  @ApiProperty({ type: [String] }) messages!: string[];
  @ApiPropertyOptional({ format: 'uuid' }) id?: string;
}

export class LandlordImportReportResponse implements LandlordImportReport {
  @ApiProperty() imported!: number;
  @ApiProperty() skipped!: number;
  @ApiProperty() errors!: number;
  @ApiProperty({ type: [LandlordImportLineResponse] }) lines!: LandlordImportLineResponse[];
}
