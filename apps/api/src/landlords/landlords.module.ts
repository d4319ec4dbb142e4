import { Module } from '@nestjs/common';
import { LandlordsController } from './landlords.controller';
import { LandlordsService } from './landlords.service';

@Module({ controllers: [LandlordsController], providers: [LandlordsService], exports: [LandlordsService] })
export class LandlordsModule {}
