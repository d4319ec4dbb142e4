export interface BindOptions {
  /** The query's value from the select's text, where it is not text (e.g. `Number`). */
  parse?: (value: string) => unknown;
  /** The choice shown when the query has no value ('' for "any"); choosing it clears the value. */
  fallback?: string;
}

/**
 * Binds selects to a query that applies each change at once. A select shows the query's value as
 * text and gives its text back as the query's value (undefined for the fallback choice). The options
 * come from the lists the query's types are built from, so the values they give back are of those types.
 */
export function bindFilter<Query extends object>(query: Query, onChange: (changes: Partial<Query>) => void) {
  return (name: keyof Query, { parse = (value) => value, fallback = '' }: BindOptions = {}) => {
    const current = query[name];
    return {
      value: current === undefined || current === null ? fallback : String(current),
      onChange: (value: string) =>
        onChange({ [name]: value && value !== fallback ? parse(value) : undefined } as Partial<Query>),
    };
  };
}
