import { Injectable, type OnModuleInit, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_KEY, type AccessRule } from './access.decorator';

export interface RouteAccess {
  /** HTTP method in capitals, e.g. GET. */
  method: string;
  /** Full path in Express syntax with the global prefix, e.g. /api/landlords/:id. */
  path: string;
  /** Undefined when the route declares no rule. */
  rule: AccessRule | undefined;
  handler: string;
}

function segments(value: unknown): string[] {
  const paths = Array.isArray(value) ? value : [value ?? '/'];
  return paths.map((p) => String(p));
}

function join(...parts: string[]): string {
  const joined = parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}

/**
 * Every route the controllers declare, with its access rule, found through Nest's discovery.
 * At start-up it refuses to let the API boot while any route lacks `@Access(...)`/`@Public()`,
 * naming each one; the access-control tests use `routes()` to call every route as every role.
 */
@Injectable()
export class RouteAccessRegistry implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const missing = this.routes().filter((route) => route.rule === undefined);
    if (missing.length) {
      throw new Error(
        `These routes declare no access rule; add @Access([...roles]) or @Public() beside each:\n${missing
          .map((r) => `  ${r.method} ${r.path} (${r.handler})`)
          .join('\n')}`,
      );
    }
  }

  routes(globalPrefix = ''): RouteAccess[] {
    const routes: RouteAccess[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      const controllerPaths = segments(Reflect.getMetadata(PATH_METADATA, controller));
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as (...args: unknown[]) => unknown;
        const methodPath = Reflect.getMetadata(PATH_METADATA, handler) as unknown;
        if (methodPath === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod] ?? 'GET';
        const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
          handler,
          controller,
        ]);
        for (const base of controllerPaths) {
          for (const path of segments(methodPath)) {
            routes.push({
              method,
              path: join(globalPrefix, base, path),
              rule,
              handler: `${controller.name}.${name}`,
            });
          }
        }
      }
    }
    return routes;
  }
}
