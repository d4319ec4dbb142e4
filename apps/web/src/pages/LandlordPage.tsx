import { useParams } from 'react-router';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { Loading } from '@web/components/Loading';
import { SampleDataTag } from '@web/components/SampleDataTag';
import { StatusLegend } from '@web/features/analytics/components/StatusLegend';
import { useSectionTitles } from '@web/features/analytics/hooks/useCodeReference';
import { useLandlordProfile } from '@web/features/analytics/hooks/useLandlordProfile';
import { useSession } from '@web/features/auth/hooks/useSession';
import { DownloadMenu } from '@web/features/downloads/components/DownloadMenu';
import { exportFileName, landlordReportUrl } from '@web/features/downloads/utils/export-urls';
import { ProfileChanges } from '@web/features/landlord-profile/components/ProfileChanges';
import { ProfileSubmissions } from '@web/features/landlord-profile/components/ProfileSubmissions';
import { RegistryFacts } from '@web/features/landlord-profile/components/RegistryFacts';
import { SectionRates } from '@web/features/landlord-profile/components/SectionRates';
import { YearsGrid } from '@web/features/landlord-profile/components/YearsGrid';
import { isApiError } from '@web/lib/api-error';
import { usePageTitle } from '@web/lib/usePageTitle';
import { NotFoundPage } from './NotFoundPage';

/** One landlord: registry facts, every year's answers, changes, and its sections against its peers. */
export function LandlordPage() {
  const { id } = useParams<{ id: string }>();
  const { data: user } = useSession();
  // A landlord user sees only its own profile; the API would answer 404 anyway.
  const allowed = user?.role !== 'landlord' || user.landlordId === id;
  const profile = useLandlordProfile(allowed ? id : undefined);
  const sectionTitles = useSectionTitles();
  usePageTitle(profile.data ? profile.data.landlord.name : 'Landlord');

  if (!allowed) return <NotFoundPage />;
  if (profile.isError) {
    if (isApiError(profile.error) && (profile.error.statusCode === 404 || profile.error.statusCode === 400))
      return <NotFoundPage />;
    return <ErrorMessage error={profile.error} action="load this landlord" />;
  }
  if (!profile.data) return <Loading text="Loading the landlord…" />;
  const data = profile.data;
  const { landlord } = data;

  return (
    <>
      <span className="govuk-caption-l">Landlord profile</span>
      <h1 className="govuk-heading-l">
        {landlord.name} {landlord.sample ? <SampleDataTag /> : null}
      </h1>
      <DownloadMenu
        what="this profile"
        links={[
          {
            label: 'Report (PDF)',
            href: landlordReportUrl(landlord.id),
            fileName: exportFileName(['landlord', landlord.name], 'pdf', new Date()),
          },
        ]}
      />
      <RegistryFacts landlord={landlord} />
      <SectionRates profile={data} />
      <h2 className="govuk-heading-m">Answers by year</h2>
      {data.years.length ? (
        <>
          <StatusLegend flagged />
          <YearsGrid profile={data} sectionTitles={sectionTitles} />
        </>
      ) : (
        <p className="govuk-body">No self-assessment has been counted for {landlord.name} yet.</p>
      )}
      <h2 className="govuk-heading-m">Changes between years</h2>
      <ProfileChanges changes={data.changes} />
      <h2 className="govuk-heading-m">Submissions</h2>
      <ProfileSubmissions years={data.years} />
    </>
  );
}
