import type { SetPasswordRequest } from '@app/contracts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsNewPassword } from './password.validators';

export class SetPasswordDto implements SetPasswordRequest {
  @ApiProperty({ description: 'The token from the set-password link' })
  @IsString()
  @Length(20, 100)
  token!: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsNewPassword()
  password!: string;
}
