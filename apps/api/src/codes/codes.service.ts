import { CODE_VERSIONS, type CodeVersion, crosswalk, listProvisions, listSections, trendCarryFor } from '@app/code-catalog';
import type { CodeVersionDto, CrosswalkEntryDto, ProvisionDto } from '@app/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';

const TITLES: Record<CodeVersion, string> = {
  '2022': 'Complaint Handling Code (2022)',
  '2024': 'Complaint Handling Code (2024, statutory)',
};

/** Public reference data, served straight from the catalog (the single source of truth). */
@Injectable()
export class CodesService {
  versions(): CodeVersionDto[] {
    return CODE_VERSIONS.map((version) => ({
      version,
      title: TITLES[version],
      sections: listSections(version).map((s) => ({ number: s.number, title: s.title })),
      provisionCount: listProvisions(version).length,
    }));
  }

  provisions(version: string): ProvisionDto[] {
    if (!(CODE_VERSIONS as readonly string[]).includes(version)) {
      throw new NotFoundException({
        code: 'unknown_code_version',
        message: `There is no Code version "${version}". Known versions: ${CODE_VERSIONS.join(', ')}.`,
      });
    }
    return listProvisions(version as CodeVersion).map((p) => ({
      version: p.version,
      number: p.number,
      section: p.section,
      stage: p.stage,
      obligation: p.obligation,
      requirement: p.requirement,
      shortTitle: p.shortTitle,
      timescale: p.timescale,
    }));
  }

  crosswalk(): CrosswalkEntryDto[] {
    return crosswalk().map((entry) => ({ ...entry, trend: trendCarryFor(entry.relation) }));
  }
}
