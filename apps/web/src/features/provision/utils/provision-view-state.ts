import {
  type AnswerStatus,
  TREND_GROUP_BY,
  type TrendGroupBy,
  type TrendLandlordsQuery,
  type TrendQuery,
} from '@app/contracts';
import { type InvalidParam, ParamReader, writeParams } from '@web/features/analytics/utils/url-params';
import { type PeerGroup, peerGroupOf, readPeerGroup } from '@web/features/analytics/utils/peer-group';

export const LANDLORD_LIST_PAGE_SIZE = 25;

/** Which answers the list of landlords behind a year shows. */
export const LIST_ANSWERS = ['no', 'partial', 'yes'] as const satisfies readonly AnswerStatus[];
export type ListAnswer = (typeof LIST_ANSWERS)[number];

/** Everything that decides what a provision page shows; it lives in the address. */
export interface ProvisionViewState extends PeerGroup {
  from?: number;
  to?: number;
  groupBy: TrendGroupBy;
  /** The year whose landlords are listed; the latest year when not chosen. */
  year?: number;
  answer: ListAnswer;
  page: number;
}

export function provisionStateFromParams(params: URLSearchParams): {
  state: ProvisionViewState;
  invalid: InvalidParam[];
} {
  const read = new ParamReader(params);
  const state: ProvisionViewState = {
    from: read.year('from'),
    to: read.year('to'),
    groupBy: read.oneOf('groupBy', TREND_GROUP_BY, 'landlord type, region or size band') ?? 'none',
    ...readPeerGroup(read),
    year: read.year('year'),
    answer: read.oneOf('answer', LIST_ANSWERS, 'no, partial or yes') ?? 'no',
    page: read.page(),
  };
  return { state, invalid: read.invalid };
}

export function paramsFromProvisionState(state: ProvisionViewState): URLSearchParams {
  return writeParams({
    from: state.from,
    to: state.to,
    groupBy: state.groupBy === 'none' ? undefined : state.groupBy,
    ...peerGroupOf(state),
    year: state.year,
    answer: state.answer === 'no' ? undefined : state.answer,
    page: state.page > 1 ? state.page : undefined,
  });
}

export function trendQuery(state: ProvisionViewState): TrendQuery {
  return {
    from: state.from,
    to: state.to,
    groupBy: state.groupBy,
    ...peerGroupOf(state),
  };
}

export function trendLandlordsQuery(state: ProvisionViewState, year: number): TrendLandlordsQuery {
  return {
    year,
    status: state.answer,
    ...peerGroupOf(state),
    page: state.page,
    pageSize: LANDLORD_LIST_PAGE_SIZE,
  };
}
