import { Loading } from '@web/components/Loading';
import { useSession } from '@web/features/auth/hooks/useSession';
import { UploadJourney } from '@web/features/upload/components/UploadJourney';
import { usePageTitle } from '@web/lib/usePageTitle';

export function UploadPage() {
  usePageTitle('Upload a self-assessment');
  const { data: user } = useSession();
  if (!user) return <Loading />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Upload a self-assessment</h1>
        <p className="govuk-body">
          Upload the Complaint Handling Code self-assessment as published. We will read each provision&rsquo;s
          answer so you can check it before confirming.
        </p>
        <UploadJourney user={user} />
      </div>
    </div>
  );
}
