import { splitSnippet } from '../utils/snippet';

/** A search snippet: matched words in <mark>, everything else as text (never parsed as HTML). */
export function Snippet({ text }: { text: string }) {
  return (
    <>
      {splitSnippet(text).map((part, index) =>
        part.marked ? (
          <mark className="app-search-mark" key={index}>
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
