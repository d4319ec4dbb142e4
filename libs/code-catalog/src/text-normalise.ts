const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: "'",
  lsquo: "'",
  ldquo: '"',
  rdquo: '"',
  ndash: '-',
  mdash: '-',
  bull: ' ',
  hellip: '...',
};

// Bullets and list glyphs seen in extractions, including Wingdings/Symbol code points from Word (U+F0xx).
const BULLETS =
  /[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25a0\u25a1\u25cf\u25cb\u25e6\u25b8\u25ba\u2713\u2714\u00b7\uf000-\uf0ff]/g;

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * One clean, readable copy of a requirement cell: HTML tags and entities removed, quotes and dashes
 * straightened, bullets dropped, words broken by a hyphen at a line end rejoined, whitespace collapsed.
 */
export function normaliseRequirementText(text: string): string {
  return (
    decodeEntities(
      text
        .replace(/<\s*(?:br|\/p|\/li|\/div|\/tr|\/td)\b[^>]*>/gi, ' ')
        .replace(/<\/?[a-z][^>]*>/gi, '')
        // A tag cut off by a page break, e.g. `<ul style="list-style-type: none"` with no closing `>`.
        .replace(/<\/?[a-z][a-z0-9]*(?:\s+[a-z-]+="[^"]*")*\s*$/gim, ''),
    )
      .normalize('NFKC')
      .replace(/[\u00ad\u200b-\u200d\ufeff]/g, '')
      .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(BULLETS, ' ')
      // Markdown/plain list markers at the start of a line or before an item.
      .replace(/(^|\n)[ \t]*[-*+][ \t]+/g, '$1')
      .replace(/([a-z])-[ \t]*\r?\n[ \t]*([a-z])/g, '$1$2')
      // "self- assessment" (a line-end hyphen whose break became a space) keeps its hyphen.
      .replace(/([a-z])- ([a-z])/g, '$1-$2')
      .replace(/\s+/g, ' ')
      .replace(/\s+([,.;:])/g, '$1')
      .trim()
  );
}

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  ten: '10',
  twelve: '12',
  twenty: '20',
};

// Words too common to tell provisions apart; IDF would weigh them near zero anyway.
const STOPWORDS = new Set(
  (
    'a an the and or of to in on at by for from with as is are be been being it its this that these those ' +
    'their them they there which who whom any all each must should may will can not no if than then so such ' +
    'also into within about where when what how has have had do does was were our we us'
  ).split(' '),
);

function stem(word: string): string {
  let w = word;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss'))
    w = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Content tokens of a text, in order: lower case, stemmed lightly, number words as digits, stopwords out. */
export function requirementTokens(text: string): string[] {
  const words = normaliseRequirementText(text)
    .toLowerCase()
    .replace(/'s\b/g, '')
    .split(/[^a-z0-9]+/);
  const tokens: string[] = [];
  for (const word of words) {
    if (!word || STOPWORDS.has(word)) continue;
    tokens.push(NUMBER_WORDS[word] ?? stem(word));
  }
  return tokens;
}
