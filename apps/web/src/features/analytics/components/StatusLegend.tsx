import { CAVEAT_SYMBOL, FLAG_SYMBOL, LEGEND_ORDER, statusStyle } from '../utils/status-symbols';

/** The key to the heat-map letters, the caveat marker and, where cells show them, the flag marker. */
export function StatusLegend({ flagged = false }: { flagged?: boolean }) {
  return (
    <ul className="app-legend" aria-label="Key">
      {LEGEND_ORDER.map((status) => {
        const style = statusStyle(status);
        return (
          <li key={status} className="app-legend__item">
            <span className={`app-status app-status--${style.modifier}`} aria-hidden="true">
              {style.symbol}
            </span>{' '}
            {style.label}
          </li>
        );
      })}
      <li className="app-legend__item">
        <span className="app-status" aria-hidden="true">
          {CAVEAT_SYMBOL}
        </span>{' '}
        Carried from the 2022 Code through a changed provision: compare with care
      </li>
      {flagged ? (
        <li className="app-legend__item">
          <span className="app-status" aria-hidden="true">
            {FLAG_SYMBOL}
          </span>{' '}
          Consistency flag: the answer's own words deserve a second look (select the cell for the reason)
        </li>
      ) : null}
    </ul>
  );
}
