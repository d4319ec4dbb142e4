import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { QueueName } from '@app/queue';
import { InjectQueue } from '@nestjs/bullmq';
import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Queue } from 'bullmq';
import type { Application, Request, Response } from 'express';
import { SessionService } from '../auth/session.service';
import { adminOnly } from './admin-only.middleware';
import { BOARD_ACCESSIBILITY_SCRIPT, BOARD_SCRIPT_PATH } from './board-accessibility';
import { boardPage } from './board-page.middleware';

export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * Bull Board at /admin/queues (outside the /api prefix): every queue's jobs, retries and failures.
 * Admins only, checked against the same server-side session as the API; anyone else gets 401/403 (or is sent to sign in).
 */
@Module({})
export class QueueBoardModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly sessions: SessionService,
    @InjectQueue(QueueName.SubmissionParse) private readonly parseQueue: Queue,
    @InjectQueue(QueueName.System) private readonly systemQueue: Queue,
  ) {}

  onModuleInit(): void {
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: [new BullMQAdapter(this.parseQueue, { readOnlyMode: false }), new BullMQAdapter(this.systemQueue, { readOnlyMode: true })],
      // @bull-board/express 9.10.1 bundles its own copy of @bull-board/api: same shape, distinct private types.
      serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
      options: {
        uiConfig: {
          boardTitle: 'CHC queues',
          // The way back: the board is a separate page outside the dashboard's navigation.
          miscLinks: [{ text: 'Back to the dashboard', url: '/' }],
          hideDocsLink: true,
        },
      },
    });
    const app = this.adapterHost.httpAdapter.getInstance<Application>();
    app.use(QUEUE_BOARD_PATH, adminOnly(this.sessions));
    app.get(`${QUEUE_BOARD_PATH}/${BOARD_SCRIPT_PATH}`, (_req: Request, res: Response) => {
      res.type('text/javascript').set('Cache-Control', 'private, no-cache').send(BOARD_ACCESSIBILITY_SCRIPT);
    });
    app.use(QUEUE_BOARD_PATH, boardPage(), serverAdapter.getRouter());
  }
}
