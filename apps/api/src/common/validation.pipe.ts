import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

function flatten(errors: ValidationError[], parent = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.values(error.constraints);
    Object.assign(fields, flatten(error.children ?? [], path));
  }
  return fields;
}

/**
 * Request bodies, queries and params are checked against their DTO classes: unknown fields are
 * refused (not silently dropped), values are converted to the declared types, and the answer names
 * every field that is wrong (`details.fields`).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const messages = Object.values(fields).flat();
      return new BadRequestException({
        code: 'validation_failed',
        message: `Check the request: ${messages.join('; ')}.`,
        details: { fields },
      });
    },
  });
}
