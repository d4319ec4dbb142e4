import { useEffect } from 'react';

export const SERVICE_NAME = 'Complaint Handling Code monitor';

/** Sets the browser tab title as "<page> – <service>", as GOV.UK pages do. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – ${SERVICE_NAME}`;
  }, [title]);
}
