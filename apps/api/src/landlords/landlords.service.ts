import type {
  CreateLandlordRequest,
  LandlordDto,
  LandlordIdentity,
  LandlordImportLine,
  LandlordImportReport,
  SessionUser,
  UpdateLandlordRequest,
} from '@app/contracts';
import { type LandlordClash, type LandlordRecord, LandlordRepository } from '@app/db';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { assertCanSeeLandlord } from '../auth/landlord-scope';
import { parseLandlordCsv } from './landlord-csv';
import { landlordError, LandlordErrorCode, landlordNotFound } from './landlords.errors';

/** The registry fields of a landlord, as its list entry and its profile show them. */
export function toLandlordIdentity(landlord: LandlordIdentity): LandlordIdentity {
  return {
    id: landlord.id,
    name: landlord.name,
    type: landlord.type,
    registrationCode: landlord.registrationCode,
    region: landlord.region,
    homesOwned: landlord.homesOwned,
  };
}

export function toLandlordDto(landlord: LandlordRecord): LandlordDto {
  return {
    ...toLandlordIdentity(landlord),
    aliases: landlord.aliases,
    mergedIntoId: landlord.mergedIntoId,
  };
}

const snapshot = (landlord: LandlordRecord) => {
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = landlord;
  return fields;
};

function describeClash(clash: LandlordClash): string {
  return clash.on === 'registration_code'
    ? `Registration code ${clash.value} already belongs to ${clash.landlordName}.`
    : `"${clash.value}" is already ${clash.on === 'name' ? 'the name' : 'an alias'} of ${clash.landlordName}.`;
}

/** The landlord registry: who may see what, clash checks, audit; SQL lives in LandlordRepository. */
@Injectable()
export class LandlordsService {
  constructor(
    private readonly landlords: LandlordRepository,
    private readonly audit: AuditService,
  ) {}

  /** Analysts and admins see the registry; a landlord user sees only their own organisation. */
  async list(user: SessionUser, includeMerged = false): Promise<LandlordDto[]> {
    if (user.role === 'landlord') {
      return (
        await this.landlords.list({ includeMerged: true, ids: user.landlordId ? [user.landlordId] : [] })
      ).map(toLandlordDto);
    }
    return (await this.landlords.list({ includeMerged })).map(toLandlordDto);
  }

  async get(user: SessionUser, id: string): Promise<LandlordDto> {
    assertCanSeeLandlord(user, id, 'That landlord');
    return toLandlordDto(await this.find(id));
  }

  async create(request: CreateLandlordRequest): Promise<LandlordDto> {
    await this.refuseClashes([request.name, ...(request.aliases ?? [])], request.registrationCode);
    const landlord = await this.landlords.create({
      ...request,
      registrationCode: request.registrationCode?.toUpperCase(),
    });
    await this.audit.record({
      action: 'landlord.create',
      entityType: 'landlord',
      entityId: landlord.id,
      after: snapshot(landlord),
    });
    return toLandlordDto(landlord);
  }

  async update(id: string, request: UpdateLandlordRequest): Promise<LandlordDto> {
    const before = await this.find(id);
    await this.refuseClashes(
      [...(request.name ? [request.name] : []), ...(request.aliases ?? [])],
      request.registrationCode,
      id,
    );
    const after = (await this.landlords.update(id, {
      ...request,
      registrationCode:
        request.registrationCode === undefined
          ? undefined
          : (request.registrationCode?.toUpperCase() ?? null),
    }))!;
    await this.audit.record({
      action: 'landlord.update',
      entityType: 'landlord',
      entityId: id,
      before: snapshot(before),
      after: snapshot(after),
    });
    return toLandlordDto(after);
  }

  async delete(id: string): Promise<void> {
    const before = await this.find(id);
    const outcome = await this.landlords.delete(id);
    switch (outcome) {
      case 'not_found':
        throw landlordNotFound();
      case 'has_submissions':
        throw landlordError(
          LandlordErrorCode.HasSubmissions,
          `${before.name} has submissions, so it cannot be deleted. Merge it into another landlord instead.`,
        );
      case 'has_users':
        throw landlordError(
          LandlordErrorCode.HasUsers,
          `${before.name} still has user accounts. Move or re-role them first, or merge the landlord into another.`,
        );
      case 'deleted':
        await this.audit.record({
          action: 'landlord.delete',
          entityType: 'landlord',
          entityId: id,
          before: snapshot(before),
        });
    }
  }

  /** Merges landlord `id` into `intoId`: everything moves to the survivor, which is returned. */
  async merge(id: string, intoId: string): Promise<LandlordDto> {
    if (id === intoId) {
      throw landlordError(LandlordErrorCode.MergeIntoSelf, 'Choose a different landlord to merge into.');
    }
    const [from, into] = [await this.find(id), await this.find(intoId)];
    for (const landlord of [from, into]) {
      if (landlord.mergedIntoId) {
        throw landlordError(
          LandlordErrorCode.AlreadyMerged,
          `${landlord.name} was already merged into another landlord; use that one instead.`,
        );
      }
    }
    const moved = await this.landlords.merge(id, intoId);
    await this.audit.record({
      action: 'landlord.merge',
      entityType: 'landlord',
      entityId: id,
      before: { merged: snapshot(from), survivor: snapshot(into) },
      after: { intoId, intoName: into.name, moved },
    });
    return toLandlordDto(await this.find(intoId));
  }

  /**
   * Imports a registry CSV all or nothing. Lines naming a landlord already in the registry (by name,
   * alias or registration code) are skipped; any error means nothing is imported (422 with the report).
   */
  async import(csv: string): Promise<LandlordImportReport> {
    const parsed = parseLandlordCsv(csv);
    if (parsed.fileErrors.length) {
      this.refuseImport({
        imported: 0,
        skipped: 0,
        errors: 1,
        lines: [{ line: 1, name: null, status: 'error', messages: parsed.fileErrors }],
      });
    }
    const clashes = await this.landlords.findClashes({
      names: parsed.rows.flatMap((r) => (r.input ? [r.input.name, ...r.input.aliases] : [])),
      registrationCodes: parsed.rows.flatMap((r) =>
        r.input?.registrationCode ? [r.input.registrationCode] : [],
      ),
    });
    const lines: LandlordImportLine[] = [];
    const toCreate: { index: number; input: NonNullable<(typeof parsed.rows)[number]['input']> }[] = [];
    for (const row of parsed.rows) {
      const line: LandlordImportLine = {
        line: row.line,
        name: row.name,
        status: 'error',
        messages: [...row.messages],
      };
      lines.push(line);
      if (!row.input) continue;
      const input = row.input;
      const same = clashes.find(
        (c) =>
          (c.on !== 'registration_code' && c.value === input.name) ||
          (c.on === 'registration_code' && c.value === input.registrationCode),
      );
      if (same) {
        line.status = 'skipped';
        line.messages.push(`Already in the registry as ${same.landlordName}; left unchanged.`);
        continue;
      }
      const aliasClashes = clashes.filter(
        (c) => c.on !== 'registration_code' && input.aliases.includes(c.value),
      );
      if (aliasClashes.length) {
        line.messages.push(...aliasClashes.map(describeClash));
        continue;
      }
      line.status = 'created';
      toCreate.push({ index: lines.length - 1, input });
    }
    const errors = lines.filter((l) => l.status === 'error').length;
    const skipped = lines.filter((l) => l.status === 'skipped').length;
    if (errors) {
      // Nothing is imported: report the lines that would have been created as such, without ids.
      this.refuseImport({ imported: 0, skipped, errors, lines });
    }
    const created = await this.landlords.createMany(toCreate.map((c) => c.input));
    created.forEach((landlord, i) => {
      lines[toCreate[i]!.index]!.id = landlord.id;
    });
    const report: LandlordImportReport = { imported: created.length, skipped, errors: 0, lines };
    await this.audit.record({
      action: 'landlord.import',
      entityType: 'landlord',
      after: { imported: created.length, skipped, ids: created.map((l) => l.id) },
    });
    return report;
  }

  private refuseImport(report: LandlordImportReport): never {
    throw landlordError(
      LandlordErrorCode.ImportInvalid,
      `${report.errors} line${report.errors === 1 ? ' has' : 's have'} errors, so nothing was imported. Correct the lines listed and import the file again.`,
      { report },
    );
  }

  private async refuseClashes(
    names: string[],
    registrationCode: string | null | undefined,
    exceptId: string | null = null,
  ): Promise<void> {
    const clashes = await this.landlords.findClashes(
      { names, registrationCodes: registrationCode ? [registrationCode.toUpperCase()] : [] },
      exceptId,
    );
    if (clashes.length) {
      throw landlordError(
        LandlordErrorCode.Exists,
        `${clashes.map(describeClash).join(' ')} Edit that landlord instead, or merge the two.`,
        { clashes },
      );
    }
  }

  private async find(id: string): Promise<LandlordRecord> {
    const landlord = await this.landlords.findById(id);
    if (!landlord) throw landlordNotFound();
    return landlord;
  }
}
