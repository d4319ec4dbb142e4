import { HealthRepository } from './health.repository';

export { HealthRepository };

/** Every repository, registered by DatabaseModule. */
export const REPOSITORIES = [HealthRepository];
