import type { LoginResponse, MeResponse, SessionUser } from '@app/contracts';
import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, Public } from './access.decorator';
import { AuthService } from './auth.service';
import type { AuthenticatedRequest } from './authenticated-request';
import { CurrentUser } from './current-user.decorator';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginResponseDto } from './dto/login-response.dto';
import { LoginDto } from './dto/login.dto';
import { SetPasswordDto } from './dto/set-password.dto';
import { LoginThrottle } from './rate-limit.decorator';

const EVERYONE = ['admin', 'analyst', 'landlord'] as const;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @LoginThrottle()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in: sets the session cookie and returns the user and the CSRF token' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiResponse({ status: 401, description: 'Wrong email address or password' })
  @ApiResponse({ status: 403, description: 'The account is disabled' })
  @ApiResponse({ status: 423, description: 'The account is locked after repeated failed sign-ins' })
  login(
    @Body() body: LoginDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password, req, res);
  }

  @Post('logout')
  @Access([...EVERYONE])
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out: ends this session and clears the cookie' })
  @ApiNoContentResponse()
  async logout(
    @CurrentUser() user: SessionUser,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.logout(user, req.sessionId!, res);
  }

  @Get('me')
  @Access([...EVERYONE])
  @ApiOperation({ summary: "The signed-in user and the session's CSRF token (401 when not signed in)" })
  @ApiOkResponse({ type: LoginResponseDto })
  me(@CurrentUser() user: SessionUser, @Req() req: AuthenticatedRequest): MeResponse {
    return { user, csrfToken: req.csrfToken! };
  }

  @Post('password')
  @Access([...EVERYONE])
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Change your password; ends your other sessions' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'The current password is wrong, or the new one is too short' })
  async changePassword(
    @CurrentUser() user: SessionUser,
    @Req() req: AuthenticatedRequest,
    @Body() body: ChangePasswordDto,
  ): Promise<void> {
    await this.auth.changePassword(user, req.sessionId!, body.currentPassword, body.newPassword);
  }

  @Post('set-password')
  @Public()
  @LoginThrottle()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Set a password with the token of a one-time set-password link; then sign in' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({
    description: 'The link has expired or was already used, or the password is too short',
  })
  async setPassword(@Body() body: SetPasswordDto): Promise<void> {
    await this.auth.setPassword(body.token, body.password);
  }
}
