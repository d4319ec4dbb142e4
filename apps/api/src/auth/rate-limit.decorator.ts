import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';

export const RATE_LIMIT_KEY = 'chc:rate-limit';
export type RateLimitPolicy = 'login' | 'upload';

const limited = (policy: RateLimitPolicy, description: string) =>
  applyDecorators(SetMetadata(RATE_LIMIT_KEY, policy), ApiTooManyRequestsResponse({ description }));

/** Sign-in attempts: LOGIN_RATE_LIMIT per minute per IP address (429 with Retry-After beyond it). */
export const LoginThrottle = () =>
  limited('login', 'Too many sign-in attempts from this address; wait a minute.');

/** Uploads: UPLOAD_RATE_LIMIT per hour per user (429 with Retry-After beyond it). Put it beside the upload route. */
export const UploadThrottle = () =>
  limited('upload', 'Too many uploads in the last hour; wait and try again.');
