import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class HealthRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Round-trips one query; throws when PostgreSQL is unreachable. */
  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
