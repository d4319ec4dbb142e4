import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { CONTENT_TYPES } from './export-file';

/** OpenAPI for a route that answers with a file of this kind: its media type, and a 200 that is the file. */
export const FileResponse = (kind: keyof typeof CONTENT_TYPES) =>
  applyDecorators(
    ApiProduces(CONTENT_TYPES[kind]),
    ApiOkResponse({
      description: `The ${kind.toUpperCase()} file`,
      headers: {
        'Content-Disposition': {
          description: 'attachment, with a file name that says what the file holds',
          schema: { type: 'string' },
        },
      },
    }),
  );
