import type { ReactNode } from 'react';
import { type TableColumn, TableHead } from './TableHead';

interface Props {
  testId: string;
  columns: (TableColumn | false)[];
  caption?: ReactNode;
  /** The caption's GOV.UK size. */
  captionSize?: 's' | 'm';
  /** Scrolls sideways in its own box on narrow screens; off where the parent already does. */
  scroll?: boolean;
  /** The body rows. */
  children: ReactNode;
}

/** A compact GOV.UK table: optional caption, one header row, one body. */
export function CompactTable({
  testId,
  columns,
  caption,
  captionSize = 's',
  scroll = true,
  children,
}: Props) {
  const table = (
    <table className="govuk-table app-table--compact" data-testid={testId}>
      {caption ? (
        <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>
      ) : null}
      <TableHead columns={columns} />
      <tbody className="govuk-table__body">{children}</tbody>
    </table>
  );
  return scroll ? <div className="app-table-scroll">{table}</div> : table;
}
