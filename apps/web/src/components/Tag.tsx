import type { TagColour } from './tag-colour';

interface Props {
  colour?: TagColour;
  children: string;
}

/** GOV.UK tag. */
export function Tag({ colour, children }: Props) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{children}</strong>;
}
