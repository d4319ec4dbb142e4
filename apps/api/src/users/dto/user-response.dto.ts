import {
  type CreateUserResponse,
  type SetPasswordLinkResponse,
  USER_ROLES,
  type UserDto,
  type UserRole,
} from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class UserResponse implements UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: USER_ROLES }) role!: UserRole;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) landlordId!: string | null;
  @ApiProperty({ type: String, nullable: true }) landlordName!: string | null;
  @ApiProperty() disabled!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lockedUntil!: string | null;
  @ApiProperty() hasPassword!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt!: string | null;
}

export class CreateUserResponseDto implements CreateUserResponse {
  @ApiProperty({ type: UserResponse }) user!: UserResponse;
  @ApiPropertyOptional({ description: 'One-time link to set a password, when none was given' })
  setPasswordUrl?: string;
}

export class SetPasswordLinkResponseDto implements SetPasswordLinkResponse {
  @ApiProperty() setPasswordUrl!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}
