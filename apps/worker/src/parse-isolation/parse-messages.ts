import type { ParseErrorCode, ParseOptions, ParsedSubmission } from '@app/parser';

/** What the worker sends a parse process: one document and its options (the limits are the parser's own). */
export interface ParseRequestMessage {
  kind: 'parse';
  bytes: Uint8Array;
  options: Omit<ParseOptions, 'knowledge'>;
}

/** What a parse process answers: the parsed submission, or the parser's verdict on the document. */
export type ParseReplyMessage =
  | { kind: 'parsed'; result: ParsedSubmission }
  | { kind: 'rejected'; code: ParseErrorCode; message: string; details: Record<string, unknown> }
  | { kind: 'crashed'; message: string };

/** Sent once the process has loaded the parser and can take documents. */
export interface ReadyMessage {
  kind: 'ready';
}

export type ChildMessage = ParseReplyMessage | ReadyMessage;
