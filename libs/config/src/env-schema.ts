import { accessSync, constants, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';

/** A tiny, typed environment reader: every variable declared once, validated once at boot. */
export interface FieldSpec<T> {
  /** What the variable expects, shown when it is invalid, e.g. "a postgres:// URL". */
  expects: string;
  default?: T;
  /** Used instead of `default` when NODE_ENV=production (undefined there means required). */
  productionDefault?: T | null;
  parse(raw: string): T | undefined;
}

export type Schema = Record<string, FieldSpec<unknown>>;
export type EnvOf<S extends Schema> = { [K in keyof S]: S[K] extends FieldSpec<infer T> ? T : never };

export class EnvError extends Error {
  override readonly name = 'EnvError';
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function readEnv<S extends Schema>(schema: S, env: NodeJS.ProcessEnv = process.env): EnvOf<S> {
  const production = env['NODE_ENV'] === 'production';
  const problems: string[] = [];
  const result: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema)) {
    const raw = env[name];
    if (raw === undefined || raw === '') {
      const fallback = production && 'productionDefault' in spec ? spec.productionDefault : spec.default;
      if (fallback === undefined || fallback === null) {
        problems.push(`${name} is required: set it to ${spec.expects}.`);
      } else {
        result[name] = fallback;
      }
      continue;
    }
    const value = spec.parse(raw);
    if (value === undefined) problems.push(`${name}=${JSON.stringify(raw)} is invalid: expected ${spec.expects}.`);
    else result[name] = value;
  }
  if (problems.length) throw new EnvError(problems);
  return result as EnvOf<S>;
}

export const env = {
  string(options: { default?: string; productionDefault?: string | null; expects?: string } = {}): FieldSpec<string> {
    return { expects: options.expects ?? 'a non-empty string', ...options, parse: (raw) => raw };
  },
  url(protocols: string[], options: { default?: string; productionDefault?: string | null } = {}): FieldSpec<string> {
    return {
      expects: `a URL starting ${protocols.map((p) => `${p}//`).join(' or ')}`,
      ...options,
      parse(raw) {
        try {
          return protocols.includes(new URL(raw).protocol) ? raw : undefined;
        } catch {
          return undefined;
        }
      },
    };
  },
  /** An absolute path to a directory this process can write to, checked at boot. */
  directory(options: { default?: string } = {}): FieldSpec<string> {
    return {
      expects: 'an absolute path to an existing directory this process may write to',
      default: options.default,
      parse(raw) {
        if (!isAbsolute(raw)) return undefined;
        try {
          if (!statSync(raw).isDirectory()) return undefined;
          accessSync(raw, constants.W_OK);
          return raw;
        } catch {
          return undefined;
        }
      },
    };
  },
  int(options: { default?: number; min?: number; max?: number }): FieldSpec<number> {
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
    return {
      expects: `a whole number from ${min} to ${max}`,
      default: options.default,
      parse(raw) {
        if (!/^-?\d+$/.test(raw.trim())) return undefined;
        const value = Number(raw);
        return value >= min && value <= max ? value : undefined;
      },
    };
  },
  oneOf<T extends string>(values: readonly T[], options: { default?: T }): FieldSpec<T> {
    return {
      expects: `one of ${values.join(', ')}`,
      default: options.default,
      parse: (raw) => (values as readonly string[]).includes(raw) ? (raw as T) : undefined,
    };
  },
  bool(options: { default?: boolean }): FieldSpec<boolean> {
    return {
      expects: 'true or false',
      default: options.default,
      parse: (raw) => (/^(true|1|yes)$/i.test(raw) ? true : /^(false|0|no)$/i.test(raw) ? false : undefined),
    };
  },
};
