import type { LandlordDto, LandlordImportReport, SessionUser } from '@app/contracts';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { landlordError, LandlordErrorCode } from './landlords.errors';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { CreateLandlordDto } from './dto/create-landlord.dto';
import { LandlordImportReportResponse, LandlordResponse } from './dto/landlord-response.dto';
import { ListLandlordsQueryDto } from './dto/list-landlords-query.dto';
import { MergeLandlordDto } from './dto/merge-landlord.dto';
import { UpdateLandlordDto } from './dto/update-landlord.dto';
import { LandlordsService } from './landlords.service';

/** Largest registry CSV accepted. */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

@ApiTags('landlords')
@Controller('landlords')
export class LandlordsController {
  constructor(private readonly landlords: LandlordsService) {}

  @Post()
  @Access(['admin'])
  @ApiOperation({ summary: 'Add a landlord to the registry' })
  @ApiCreatedResponse({ type: LandlordResponse })
  @ApiConflictResponse({
    description: 'The name, an alias or the registration code is already in the registry',
  })
  create(@Body() body: CreateLandlordDto): Promise<LandlordDto> {
    return this.landlords.create(body);
  }

  @Get()
  @Access(['admin', 'analyst', 'landlord'])
  @ApiOperation({ summary: 'The registry by name (a landlord user gets only their own organisation)' })
  @ApiOkResponse({ type: [LandlordResponse] })
  list(@CurrentUser() user: SessionUser, @Query() query: ListLandlordsQueryDto): Promise<LandlordDto[]> {
    return this.landlords.list(user, query.includeMerged ?? false);
  }

  @Post('import')
  @Access(['admin'])
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } }))
  @ApiOperation({
    summary: 'Import landlords from CSV (text/csv body or multipart field "file"): all lines or none',
    description:
      'Header row naming the columns: name, type, registration code, region, homes owned, aliases (";" or "|" between aliases). ' +
      'Lines already in the registry are skipped; any error answers 422 with the per-line report in details.report and imports nothing.',
  })
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
    description: 'The CSV file (or send it as the text/csv body)',
  })
  @ApiCreatedResponse({ type: LandlordImportReportResponse })
  @ApiUnprocessableEntityResponse({ description: 'Some lines have errors; nothing was imported' })
  import(
    @Req() req: Request,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<LandlordImportReport> {
    const csv = file ? file.buffer.toString('utf8') : typeof req.body === 'string' ? req.body : null;
    if (csv === null) {
      throw landlordError(
        LandlordErrorCode.UnsupportedMediaType,
        'Send the CSV as a text/csv body, or as a multipart/form-data file in the field "file".',
      );
    }
    return this.landlords.import(csv);
  }

  @Get(':id')
  @Access(['admin', 'analyst', 'landlord'])
  @ApiOperation({ summary: 'One landlord (a landlord user may read only their own)' })
  @ApiOkResponse({ type: LandlordResponse })
  @ApiNotFoundResponse()
  get(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<LandlordDto> {
    return this.landlords.get(user, id);
  }

  @Patch(':id')
  @Access(['admin'])
  @ApiOperation({ summary: 'Edit a landlord; "aliases" replaces the list, null clears an optional field' })
  @ApiOkResponse({ type: LandlordResponse })
  @ApiNotFoundResponse()
  @ApiConflictResponse({
    description: 'The name, an alias or the registration code belongs to another landlord',
  })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateLandlordDto): Promise<LandlordDto> {
    return this.landlords.update(id, body);
  }

  @Delete(':id')
  @Access(['admin'])
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Delete a landlord that has no submissions or users (409 otherwise: merge it instead)',
  })
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The landlord has submissions or users' })
  async delete(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.landlords.delete(id);
  }

  @Post(':id/merge')
  @Access(['admin'])
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary:
      'Merge this landlord into intoId: submissions, users and aliases move; its name becomes an alias',
  })
  @ApiOkResponse({ type: LandlordResponse, description: 'The surviving landlord' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'One of the two was already merged' })
  merge(@Param('id', ParseUUIDPipe) id: string, @Body() body: MergeLandlordDto): Promise<LandlordDto> {
    return this.landlords.merge(id, body.intoId);
  }
}
