import { accessSync, constants, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { z } from 'zod';

/**
 * The environment schema: every variable declared once with a zod schema of its raw string, validated
 * once at boot. A problem names the variable and what it expects; all problems are reported together.
 */
export interface FieldSpec<T> {
  /** What the variable expects, shown when it is invalid, e.g. "a postgres:// URL". */
  expects: string;
  default?: T;
  /** Used instead of `default` when NODE_ENV=production (undefined there means required). */
  productionDefault?: T | null;
  /** Validates and converts the raw (non-empty) value. */
  schema: z.ZodType<T, string>;
}

export type Schema = Record<string, FieldSpec<unknown>>;
export type EnvOf<S extends Schema> = { [K in keyof S]: S[K] extends FieldSpec<infer T> ? T : never };

export class EnvError extends Error {
  override readonly name = 'EnvError';
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** One zod object for the whole schema; an unset or empty variable takes its (production) default. */
function objectSchema(
  schema: Schema,
  production: boolean,
): z.ZodType<Record<string, unknown>, Record<string, string | undefined>> {
  const shape: Record<string, z.ZodType<unknown, string | undefined>> = {};
  for (const [name, spec] of Object.entries(schema)) {
    const fallback = production && 'productionDefault' in spec ? spec.productionDefault : spec.default;
    shape[name] = fallback === undefined || fallback === null ? spec.schema : spec.schema.default(fallback);
  }
  return z.object(shape);
}

export function readEnv<S extends Schema>(schema: S, env: NodeJS.ProcessEnv = process.env): EnvOf<S> {
  const production = env['NODE_ENV'] === 'production';
  const input: Record<string, string | undefined> = {};
  for (const name of Object.keys(schema)) input[name] = env[name] === '' ? undefined : env[name];
  const result = objectSchema(schema, production).safeParse(input);
  if (result.success) return result.data as EnvOf<S>;
  const invalid = new Set(result.error.issues.map((issue) => String(issue.path[0])));
  const problems = Object.keys(schema)
    .filter((name) => invalid.has(name))
    .map((name) => {
      const { expects } = schema[name] as FieldSpec<unknown>;
      const raw = input[name];
      return raw === undefined
        ? `${name} is required: set it to ${expects}.`
        : `${name}=${JSON.stringify(raw)} is invalid: expected ${expects}.`;
    });
  throw new EnvError(problems);
}

type Defaults<T> = { default?: T; productionDefault?: T | null };

export const env = {
  string(options: Defaults<string> & { expects?: string } = {}): FieldSpec<string> {
    return { expects: options.expects ?? 'a non-empty string', ...options, schema: z.string() };
  },
  url(protocols: string[], options: Defaults<string> = {}): FieldSpec<string> {
    return {
      expects: `a URL starting ${protocols.map((p) => `${p}//`).join(' or ')}`,
      ...options,
      schema: z.string().refine((raw) => URL.canParse(raw) && protocols.includes(new URL(raw).protocol)),
    };
  },
  /** An absolute path to a directory this process can write to, checked at boot. */
  directory(options: { default?: string } = {}): FieldSpec<string> {
    return {
      expects: 'an absolute path to an existing directory this process may write to',
      default: options.default,
      schema: z.string().refine((raw) => {
        if (!isAbsolute(raw)) return false;
        try {
          accessSync(raw, constants.W_OK);
          return statSync(raw).isDirectory();
        } catch {
          return false;
        }
      }),
    };
  },
  int(options: { default?: number; min?: number; max?: number }): FieldSpec<number> {
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
    return {
      expects: `a whole number from ${min} to ${max}`,
      default: options.default,
      schema: z
        .string()
        .trim()
        .regex(/^-?\d+$/)
        .pipe(z.coerce.number<string>().int().min(min).max(max)),
    };
  },
  oneOf<T extends string>(values: readonly [T, ...T[]], options: { default?: T }): FieldSpec<T> {
    return { expects: `one of ${values.join(', ')}`, default: options.default, schema: z.enum(values) };
  },
  bool(options: { default?: boolean }): FieldSpec<boolean> {
    return {
      expects: 'true or false',
      default: options.default,
      schema: z.stringbool({
        truthy: ['true', '1', 'yes'],
        falsy: ['false', '0', 'no'],
        case: 'insensitive',
      }),
    };
  },
};
