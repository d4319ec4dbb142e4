import 'reflect-metadata';
import { Controller, Get, Module, Post } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import { Access, Public } from './access.decorator';
import { RouteAccessRegistry } from './route-access.registry';

@Controller('things')
class DeclaredController {
  @Get()
  @Public()
  list(): string[] {
    return [];
  }

  @Post(':id/archive')
  @Access(['admin'])
  archive(): void {}
}

@Controller('reports')
@Access(['analyst', 'admin'])
class ClassRuleController {
  @Get(['', 'all'])
  list(): string[] {
    return [];
  }
}

@Controller('forgotten')
class UndeclaredController {
  @Get(':id')
  find(): string {
    return 'x';
  }
}

async function boot(controllers: (new () => unknown)[]) {
  @Module({ imports: [DiscoveryModule], controllers, providers: [RouteAccessRegistry] })
  class TestModule {}
  const app = await NestFactory.create(TestModule, { logger: false });
  return app;
}

describe('RouteAccessRegistry', () => {
  it('lists every route with its rule, from the method or the controller', async () => {
    const app = await boot([DeclaredController, ClassRuleController]);
    await app.init();
    const routes = app.get(RouteAccessRegistry).routes('api');
    expect(routes.map(({ method, path, rule }) => ({ method, path, rule }))).toEqual([
      { method: 'GET', path: '/api/things', rule: 'anonymous' },
      { method: 'POST', path: '/api/things/:id/archive', rule: ['admin'] },
      { method: 'GET', path: '/api/reports', rule: ['analyst', 'admin'] },
      { method: 'GET', path: '/api/reports/all', rule: ['analyst', 'admin'] },
    ]);
    await app.close();
  });

  it('refuses to start while a route declares no rule, naming it', async () => {
    const app = await boot([DeclaredController, UndeclaredController]);
    await expect(app.init()).rejects.toThrow(/GET \/forgotten\/:id \(UndeclaredController\.find\)/);
    await app.close().catch(() => undefined);
  });
});
