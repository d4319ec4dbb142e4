import { describe, expect, it } from 'vitest';
import { splitSnippet } from './snippet';

describe('splitSnippet', () => {
  it('splits marked words from the text around them', () => {
    expect(splitSnippet('An «extension» of no more than «10» days')).toEqual([
      { text: 'An ', marked: false },
      { text: 'extension', marked: true },
      { text: ' of no more than ', marked: false },
      { text: '10', marked: true },
      { text: ' days', marked: false },
    ]);
  });

  it('keeps markup in the text as plain text', () => {
    expect(splitSnippet('<b>«bold»</b> <script>x</script>')).toEqual([
      { text: '<b>', marked: false },
      { text: 'bold', marked: true },
      { text: '</b> <script>x</script>', marked: false },
    ]);
  });

  it('reads a snippet with no marks, and an unclosed mark', () => {
    expect(splitSnippet('plain')).toEqual([{ text: 'plain', marked: false }]);
    expect(splitSnippet('a «b')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
    ]);
  });
});
