import { type FormEvent, useState } from 'react';

/**
 * A filter form that edits a draft and applies it on submit, so the address changes once per
 * choice rather than once per select. Each value is the select's or input's text, '' for "any".
 */
export function useFilterDraft<Draft extends Record<string, string>>(
  initial: Draft,
  apply: (draft: Draft) => void,
) {
  const [draft, setDraft] = useState(initial);
  const set = (name: keyof Draft) => (value: string) =>
    setDraft((current) => ({ ...current, [name]: value }));
  return {
    draft,
    set,
    /** The value and change handler of one field, to spread onto a SelectField or TextField. */
    field: (name: keyof Draft) => ({ value: draft[name], onChange: set(name) }),
    submit: (event: FormEvent) => {
      event.preventDefault();
      apply(draft);
    },
  };
}
