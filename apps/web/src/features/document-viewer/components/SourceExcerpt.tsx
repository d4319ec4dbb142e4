import { plainText } from '@web/lib/plain-text';
import type { AnswerDto, SourceFormatValue } from '@app/contracts';
import { useMemo } from 'react';
import { Loading } from '@web/components/Loading';
import { useSubmissionFile } from '../hooks/useSubmissionFile';
import { describeLocation, excerptLines } from '../utils/answer-location';

interface Props {
  submissionId: string;
  format: SourceFormatValue;
  answer: Pick<AnswerDto, 'provision' | 'source' | 'requirement'>;
}

/** For documents without pages: where the row is, and for text files the lines themselves. */
export function SourceExcerpt({ submissionId, format, answer }: Props) {
  const lines = format === 'text' ? answer.source.lines : undefined;
  const file = useSubmissionFile(submissionId);
  const text = useMemo(
    () => (lines && file.data ? new TextDecoder().decode(file.data) : null),
    [lines, file.data],
  );
  const location = describeLocation(answer.source);

  return (
    <div data-testid="source-excerpt">
      <p className="govuk-body">
        <strong>Provision {answer.provision}</strong>
        {location ? ` – ${location} of the document` : ''}
      </p>
      {lines && file.isPending ? <Loading text="Loading the document…" /> : null}
      {text && lines ? (
        <pre
          className="app-excerpt"
          tabIndex={0}
          aria-label={`Lines around ${lines[0]} to ${lines[1]} of the document`}
        >
          {excerptLines(text, lines).map((line) => (
            <span key={line.number}>
              {line.highlighted ? <mark>{line.text}</mark> : line.text}
              {'\n'}
            </span>
          ))}
        </pre>
      ) : null}
      {!lines ? (
        <>
          {answer.requirement ? (
            <>
              <h3 className="govuk-heading-s">Requirement as written in the document</h3>
              <p className="govuk-body app-answers__text">{plainText(answer.requirement)}</p>
            </>
          ) : null}
          <p className="govuk-body-s">
            Word documents and web pages are not shown here. Open your copy of the document at the place above
            to compare.
          </p>
        </>
      ) : null}
    </div>
  );
}
