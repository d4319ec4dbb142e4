import type { ReactNode } from 'react';

export interface TableColumn {
  label: ReactNode;
  numeric?: boolean;
  /** Further classes of the header cell, e.g. a width. */
  className?: string;
}

/** A GOV.UK table's one header row; `false` leaves a column out. */
export function TableHead({ columns }: { columns: (TableColumn | false)[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((column, index) =>
          column ? (
            <th
              scope="col"
              key={index}
              className={[
                'govuk-table__header',
                column.numeric ? 'govuk-table__header--numeric' : '',
                column.className ?? '',
              ]
                .filter(Boolean)
                .join(' ')}
            >
              {column.label}
            </th>
          ) : null,
        )}
      </tr>
    </thead>
  );
}
