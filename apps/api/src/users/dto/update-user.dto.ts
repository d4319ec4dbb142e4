import { USER_ROLES, type UpdateUserRequest, type UserRole } from '@app/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ enum: USER_ROLES })
  @IsOptional()
  @IsIn(USER_ROLES)
  role?: UserRole;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The landlord of a landlord user',
  })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUUID()
  landlordId?: string | null;

  @ApiPropertyOptional({
    description: 'true disables the account and ends its sessions; false enables it and clears a lockout',
  })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}
