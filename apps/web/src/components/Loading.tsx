interface Props {
  text?: string;
}

/** A polite "loading" line, announced once. */
export function Loading({ text = 'Loading…' }: Props) {
  return (
    <p className="app-loading" role="status">
      {text}
    </p>
  );
}
