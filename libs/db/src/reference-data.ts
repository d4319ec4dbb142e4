import { CATALOG_VERSION, CODE_VERSIONS, crosswalk, listProvisions, listSections, trendCarryFor } from '@app/code-catalog';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { selectRows } from './repositories/sql';

const VERSION_TITLES: Record<string, string> = {
  '2022': 'Complaint Handling Code (2022)',
  '2024': 'Complaint Handling Code (2024, statutory)',
};

/**
 * Copies the Code catalog (the single source of truth, in libs/code-catalog) into the database,
 * so SQL analytics can join on it. Reloads only when the catalog's version changed.
 */
export async function loadReferenceData(dataSource: DataSource): Promise<boolean> {
  const loaded = await selectRows(
    dataSource.manager,
    'SELECT catalog_version AS "catalogVersion" FROM code_versions',
    [],
    z.object({ catalogVersion: z.string() }),
  );
  if (loaded.length === CODE_VERSIONS.length && loaded.every((row) => row.catalogVersion === CATALOG_VERSION)) {
    return false;
  }
  await dataSource.transaction(async (manager) => {
    await manager.query('DELETE FROM crosswalk_entries');
    await manager.query('DELETE FROM provisions');
    await manager.query('DELETE FROM code_versions');
    for (const version of CODE_VERSIONS) {
      const sections = listSections(version).map((s) => ({ number: s.number, title: s.title }));
      await manager.query(
        'INSERT INTO code_versions (version, title, sections, catalog_version) VALUES ($1, $2, $3, $4)',
        [version, VERSION_TITLES[version] ?? version, JSON.stringify(sections), CATALOG_VERSION],
      );
      let ordinal = 0;
      for (const p of listProvisions(version)) {
        await manager.query(
          `INSERT INTO provisions (version, number, section, stage, obligation, requirement, short_title, timescale, ordinal)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            version,
            p.number,
            p.section,
            p.stage,
            p.obligation,
            p.requirement,
            p.shortTitle,
            p.timescale ? JSON.stringify(p.timescale) : null,
            ordinal++,
          ],
        );
      }
    }
    for (const entry of crosswalk()) {
      await manager.query(
        `INSERT INTO crosswalk_entries (from_version, from_number, to_version, to_number, relation, confidence, trend, note)
         VALUES ('2022', $1, '2024', $2, $3, $4, $5, $6)`,
        [entry.from2022, entry.to2024, entry.relation, entry.confidence, trendCarryFor(entry.relation), entry.note],
      );
    }
  });
  return true;
}
