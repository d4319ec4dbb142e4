import type { AnswerDto, AnswerStatus, CorrectAnswerRequest } from '@app/contracts';

/** A correction with the answer's texts (evidence and commentary), which are corrected like its status. */
export type AnswerCorrection = CorrectAnswerRequest & { evidence?: string; commentary?: string };

export interface CorrectionDraft {
  status: AnswerStatus;
  provision: string;
  evidence: string;
  commentary: string;
}

export const PROVISION_PATTERN = /^\d{1,2}\.\d{1,2}$/;

export function draftFrom(answer: AnswerDto): CorrectionDraft {
  return {
    status: answer.status,
    provision: answer.provision,
    evidence: answer.evidence ?? '',
    commentary: answer.commentary ?? '',
  };
}

/** Only the fields that changed; null when nothing did. Texts are compared trimmed, so stray spaces are no change. */
export function correctionRequest(answer: AnswerDto, draft: CorrectionDraft): AnswerCorrection | null {
  const request: AnswerCorrection = {};
  const provision = draft.provision.trim();
  if (draft.status !== answer.status) request.status = draft.status;
  if (provision !== answer.provision) request.provision = provision;
  if (draft.evidence.trim() !== (answer.evidence ?? '').trim()) request.evidence = draft.evidence.trim();
  if (draft.commentary.trim() !== (answer.commentary ?? '').trim())
    request.commentary = draft.commentary.trim();
  return Object.keys(request).length ? request : null;
}
