import { useId, useState } from 'react';
import { plainText } from '@web/lib/plain-text';

interface Props {
  text: string | null;
  /** Characters shown before the rest is folded away. */
  limit?: number;
  label: string;
}

/** Cell text that folds away past a limit, so long evidence does not swamp the table. */
export function LongText({ text: raw, limit = 100, label }: Props) {
  const text = plainText(raw);
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!text) return <span className="app-answers__none">None given</span>;
  if (text.length <= limit) return <span className="app-answers__text">{text}</span>;
  const cut = text.lastIndexOf(' ', limit);
  const head = text.slice(0, cut > limit / 2 ? cut : limit);
  return (
    <>
      <span className="app-answers__text" id={id}>
        {open ? text : `${head}…`}
      </span>{' '}
      <button
        type="button"
        className="app-button-link app-answers__more"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Show less' : 'Show more'}
        <span className="govuk-visually-hidden"> of the {label}</span>
      </button>
    </>
  );
}
