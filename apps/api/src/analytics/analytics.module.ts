import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller';
import { CompressJsonMiddleware } from './compress-json.middleware';
import { MatrixService } from './matrix.service';
import { OverviewService } from './overview.service';
import { ProfileService } from './profile.service';
import { TrendService } from './trend.service';

@Module({
  controllers: [AnalyticsController],
  providers: [TrendService, MatrixService, ProfileService, OverviewService],
  exports: [TrendService, MatrixService, ProfileService, OverviewService],
})
export class AnalyticsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CompressJsonMiddleware).forRoutes(AnalyticsController);
  }
}
