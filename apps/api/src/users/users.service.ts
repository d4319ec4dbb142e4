import type {
  CreateUserRequest,
  CreateUserResponse,
  SessionUser,
  SetPasswordLinkResponse,
  UpdateUserRequest,
  UserDto,
  UserRole,
} from '@app/contracts';
import { LandlordRepository, PasswordTokenRepository, type UserRecord, UserRepository } from '@app/db';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { toSessionUser } from '../auth/auth.service';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionService } from '../auth/session.service';
import { newToken, sha256 } from '../auth/tokens';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { landlordNotAllowed, userError, UserErrorCode, userNotFound } from './users.errors';

export function toUserDto(user: UserRecord): UserDto {
  const locked = user.lockedUntil && new Date(user.lockedUntil) > new Date();
  return {
    ...toSessionUser(user),
    disabled: user.disabledAt !== null,
    lockedUntil: locked ? new Date(user.lockedUntil!).toISOString() : null,
    hasPassword: user.hasPassword,
    createdAt: new Date(user.createdAt).toISOString(),
    lastLoginAt: user.lastLoginAt ? new Date(user.lastLoginAt).toISOString() : null,
  };
}

/** What the audit log keeps of an account: never the password or its hash. */
const snapshot = (user: UserRecord) => ({
  email: user.email,
  role: user.role,
  landlordId: user.landlordId,
  disabled: user.disabledAt !== null,
});

/** Admin management of accounts: create (with a password or a one-time link), list, re-role, disable/enable. */
@Injectable()
export class UsersService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly users: UserRepository,
    private readonly landlords: LandlordRepository,
    private readonly passwordTokens: PasswordTokenRepository,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async list(filter: { role?: UserRole; landlordId?: string }): Promise<UserDto[]> {
    return (await this.users.list(filter)).map(toUserDto);
  }

  async create(request: CreateUserRequest, admin: SessionUser): Promise<CreateUserResponse> {
    const email = request.email.trim().toLowerCase();
    await this.checkLandlord(request.role, request.landlordId ?? null);
    if (await this.users.findByEmail(email)) {
      throw userError(UserErrorCode.EmailTaken, `There is already an account for ${email}. Find it in the list of users.`);
    }
    const user = await this.users.create({
      email,
      role: request.role,
      landlordId: request.role === 'landlord' ? request.landlordId! : null,
      passwordHash: request.password ? await this.hasher.hash(request.password) : null,
    });
    await this.audit.record({
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: { ...snapshot(user), invited: !request.password },
    });
    if (request.password) return { user: toUserDto(user) };
    const link = await this.issueLink(user.id, admin);
    return { user: toUserDto(user), setPasswordUrl: link.setPasswordUrl };
  }

  async update(id: string, request: UpdateUserRequest, admin: SessionUser): Promise<UserDto> {
    const user = await this.users.findById(id);
    if (!user) throw userNotFound();
    const role = request.role ?? user.role;
    const landlordId =
      role === 'landlord' ? (request.landlordId !== undefined ? request.landlordId : user.landlordId) : null;
    if (role !== 'landlord' && request.landlordId) {
      throw landlordNotAllowed(role);
    }
    if (id === admin.id && (role !== user.role || request.disabled === true)) {
      throw userError(UserErrorCode.OwnAccount, 'You cannot change the role of, or disable, your own account. Ask another administrator.');
    }
    if (role !== user.role || landlordId !== user.landlordId) await this.checkLandlord(role, landlordId);
    const updated = (await this.users.update(id, {
      role: role !== user.role ? role : undefined,
      landlordId: landlordId !== user.landlordId ? landlordId : undefined,
      disabled: request.disabled,
    }))!;
    if (request.disabled === true) await this.sessions.endAllFor(id);
    const before = snapshot(user);
    const after = snapshot(updated);
    if (JSON.stringify(before) !== JSON.stringify(after) || request.disabled === false) {
      await this.audit.record({ action: 'user.update', entityType: 'user', entityId: id, before, after });
    }
    return toUserDto(updated);
  }

  /** A fresh one-time set-password link (for an invited user, or a forgotten password). */
  async issueLink(id: string, admin: SessionUser): Promise<SetPasswordLinkResponse> {
    const user = await this.users.findById(id);
    if (!user) throw userNotFound();
    if (user.disabledAt) {
      throw userError(UserErrorCode.AccountDisabled, 'This account is disabled. Enable it before sending a set-password link.');
    }
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.PASSWORD_LINK_HOURS * 3_600_000);
    await this.passwordTokens.create({
      userId: id,
      tokenHash: sha256(token),
      expiresAt,
      createdBy: admin.id,
    });
    await this.audit.record({
      action: 'user.set_password_link',
      entityType: 'user',
      entityId: id,
      after: { email: user.email, expiresAt: expiresAt.toISOString() },
    });
    const base = this.config.PUBLIC_URL.replace(/\/+$/, '');
    return { setPasswordUrl: `${base}/set-password?token=${token}`, expiresAt: expiresAt.toISOString() };
  }

  private async checkLandlord(role: UserRole, landlordId: string | null): Promise<void> {
    if (role !== 'landlord') {
      if (landlordId) {
        throw landlordNotAllowed(role);
      }
      return;
    }
    if (!landlordId) {
      throw userError(UserErrorCode.LandlordRequired, 'A landlord user needs a landlordId: choose their organisation.');
    }
    const landlord = await this.landlords.findById(landlordId);
    if (!landlord || landlord.mergedIntoId) {
      throw userError(
        UserErrorCode.UnknownLandlord,
        landlord
          ? `${landlord.name} was merged into another landlord; choose that one.`
          : 'There is no landlord with that id. Choose one from the registry.',
      );
    }
  }
}
