import { CreateCoreSchema1795400000000 } from './1795400000000-CreateCoreSchema';

/** Every migration, in order. Add new ones at the end; never edit one that has landed. */
export const MIGRATIONS = [CreateCoreSchema1795400000000];
