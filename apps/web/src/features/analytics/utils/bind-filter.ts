/**
 * Binds selects to a query that applies each change at once. A select shows the query's value as
 * text ('' for "any") and gives its text back as the query's value (undefined for "any"), through
 * `parse` where the value is not text. The options come from the lists the query's types are
 * built from, so the values they give back are of the query's types.
 */
export function bindFilter<Query extends object>(query: Query, onChange: (changes: Partial<Query>) => void) {
  return (name: keyof Query, parse: (value: string) => unknown = (value) => value) => {
    const current = query[name];
    return {
      value: current === undefined || current === null ? '' : String(current),
      onChange: (value: string) => onChange({ [name]: value ? parse(value) : undefined } as Partial<Query>),
    };
  };
}
