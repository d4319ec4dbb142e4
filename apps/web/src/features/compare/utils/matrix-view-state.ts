import {
  ANSWER_STATUSES,
  type AnswerStatus,
  MATRIX_SORTS,
  type MatrixQuery,
  type MatrixSort,
} from '@app/contracts';
import { type InvalidParam, ParamReader, writeParams } from '@web/features/analytics/utils/url-params';
import { type PeerGroup, peerGroupOf, readPeerGroup } from '@web/features/analytics/utils/peer-group';

export const MATRIX_PAGE_SIZE = 50;

/** A selected heat-map cell: one landlord's answer to one provision. */
export interface SelectedCell {
  landlordId: string;
  provision: string;
}

/** Everything that decides what the Compare page shows; it lives in the address. */
export interface MatrixViewState extends PeerGroup {
  year?: number;
  section?: number;
  status?: AnswerStatus;
  sort: MatrixSort;
  page: number;
  cell?: SelectedCell;
}

// Ids are UUIDs and provisions dotted numbers, so '_' separates them and needs no escaping in the address.
const CELL_SEPARATOR = '_';

export function matrixStateFromParams(params: URLSearchParams): {
  state: MatrixViewState;
  invalid: InvalidParam[];
} {
  const read = new ParamReader(params);
  const cellParam = read.text('cell');
  let cell: SelectedCell | undefined;
  if (cellParam) {
    const [landlordId, provision] = cellParam.split(CELL_SEPARATOR);
    if (landlordId && provision) cell = { landlordId, provision };
    else read.invalid.push({ name: 'cell', value: cellParam, expected: 'a landlord and provision' });
  }
  const state: MatrixViewState = {
    year: read.year(),
    ...readPeerGroup(read),
    section: read.integer('section', 1, 9, 'a Code section from 1 to 9'),
    status: read.oneOf('status', ANSWER_STATUSES, 'an answer status'),
    sort: read.oneOf('sort', MATRIX_SORTS, 'name or number of non-compliant answers') ?? 'name',
    page: read.page(),
    cell,
  };
  return { state, invalid: read.invalid };
}

export function paramsFromMatrixState(state: MatrixViewState): URLSearchParams {
  return writeParams({
    year: state.year,
    ...peerGroupOf(state),
    section: state.section,
    status: state.status,
    sort: state.sort === 'name' ? undefined : state.sort,
    page: state.page > 1 ? state.page : undefined,
    cell: state.cell ? `${state.cell.landlordId}${CELL_SEPARATOR}${state.cell.provision}` : undefined,
  });
}

/** A filter change starts again at the first page and closes the open answer. */
export function withFilters(
  state: MatrixViewState,
  change: Partial<Omit<MatrixViewState, 'page' | 'cell'>>,
): MatrixViewState {
  return { ...state, ...change, page: 1, cell: undefined };
}

export function matrixQuery(state: MatrixViewState, year: number): MatrixQuery {
  return {
    year,
    ...peerGroupOf(state),
    section: state.section,
    status: state.status,
    sort: state.sort,
    page: state.page,
    pageSize: MATRIX_PAGE_SIZE,
  };
}
