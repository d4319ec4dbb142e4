import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HealthPanel } from './HealthPanel';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main className="govuk-main-wrapper" id="main-content">
      <h1 className="govuk-heading-l">Complaint Handling Code self-assessments</h1>
      <HealthPanel />
    </main>
  </StrictMode>,
);
