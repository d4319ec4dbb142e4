import type { HealthResponse } from '@app/contracts';
import { useEffect, useState } from 'react';

export function HealthPanel() {
  const [health, setHealth] = useState<HealthResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch('/api/health')
      .then((res) => res.json() as Promise<HealthResponse>)
      .then(setHealth)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  if (error) return <p className="govuk-error-message">The API is not reachable: {error}</p>;
  if (!health) return <p className="govuk-body">Checking the system…</p>;
  return (
    <dl className="govuk-summary-list" aria-label="System health">
      {Object.entries(health.checks).map(([name, check]) => (
        <div className="govuk-summary-list__row" key={name}>
          <dt className="govuk-summary-list__key">{name}</dt>
          <dd className="govuk-summary-list__value">{check.status}</dd>
        </div>
      ))}
    </dl>
  );
}
