import { type LoginResponse, type SessionUser, USER_ROLES, type UserRole } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class SessionUserResponse implements SessionUser {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: USER_ROLES }) role!: UserRole;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) landlordId!: string | null;
  @ApiProperty({ type: String, nullable: true }) landlordName!: string | null;
}

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ type: SessionUserResponse }) user!: SessionUserResponse;
  @ApiProperty({ description: 'Send back in the x-csrf-token header on every POST, PATCH, PUT and DELETE' })
  csrfToken!: string;
}
