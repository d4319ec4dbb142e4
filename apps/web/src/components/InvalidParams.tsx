import type { InvalidParam } from '@web/features/analytics/utils/url-params';

interface Props {
  invalid: InvalidParam[];
}

/** Says which values in the address were not understood and so are not applied, rather than ignoring them silently. */
export function InvalidParams({ invalid }: Props) {
  if (invalid.length === 0) return null;
  return (
    <div className="govuk-warning-text" data-testid="invalid-params">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {invalid.length === 1
          ? 'A filter in the address was not understood and is not applied:'
          : 'Some filters in the address were not understood and are not applied:'}
        <ul className="govuk-list govuk-!-margin-bottom-0 govuk-!-font-weight-regular">
          {invalid.map((item) => (
            <li key={`${item.name}=${item.value}`}>
              {item.name} “{item.value}”: use {item.expected}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
