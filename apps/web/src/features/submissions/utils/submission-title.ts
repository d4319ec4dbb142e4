import type { SubmissionSummaryDto } from '@app/contracts';

type Titled = Pick<SubmissionSummaryDto, 'landlordName' | 'assessmentYear' | 'createdAt'> & {
  detectedLandlordName?: string | null;
};

/**
 * How a submission is named in links and page titles: the landlord and year, never the stored file name
 * (sample and uploaded files are often called things like `000_d005444fd84a3908.txt`).
 */
export function submissionTitle(submission: Titled): string {
  const landlord = submission.landlordName ?? submission.detectedLandlordName ?? null;
  const year = submission.assessmentYear;
  if (landlord && year) return `${landlord} ${year}`;
  if (landlord) return `${landlord}, year not known`;
  if (year) return `Landlord not known, ${year}`;
  const day = new Date(submission.createdAt).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
  return `Self-assessment uploaded ${day}`;
}
