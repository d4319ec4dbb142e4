import type { CreateUserResponse, SessionUser, SetPasswordLinkResponse, UserDto } from '@app/contracts';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQueryDto } from './dto/list-users-query.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { CreateUserResponseDto, SetPasswordLinkResponseDto, UserResponse } from './dto/user-response.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@Access(['admin'])
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Access(['admin'])
  @ApiOperation({
    summary: 'Create an account; without a password the answer has a one-time set-password link',
  })
  @ApiCreatedResponse({ type: CreateUserResponseDto })
  @ApiBadRequestResponse({ description: 'Invalid fields, or a landlord role without a landlord' })
  @ApiConflictResponse({ description: 'The email address already has an account' })
  create(@Body() body: CreateUserDto, @CurrentUser() admin: SessionUser): Promise<CreateUserResponse> {
    return this.users.create(body, admin);
  }

  @Get()
  @Access(['admin'])
  @ApiOperation({ summary: 'Every account, by email address' })
  @ApiOkResponse({ type: [UserResponse] })
  list(@Query() query: ListUsersQueryDto): Promise<UserDto[]> {
    return this.users.list(query);
  }

  @Patch(':id')
  @Access(['admin'])
  @ApiOperation({ summary: 'Change role or landlord, disable (ends sessions) or enable (clears a lockout)' })
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'An admin tried to disable or re-role their own account' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
    @CurrentUser() admin: SessionUser,
  ): Promise<UserDto> {
    return this.users.update(id, body, admin);
  }

  @Post(':id/set-password-link')
  @Access(['admin'])
  @ApiOperation({ summary: 'Issue a new one-time set-password link for the account' })
  @ApiCreatedResponse({ type: SetPasswordLinkResponseDto })
  @ApiNotFoundResponse()
  issueLink(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() admin: SessionUser,
  ): Promise<SetPasswordLinkResponse> {
    return this.users.issueLink(id, admin);
  }
}
