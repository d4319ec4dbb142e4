const WORD = /[\p{L}\p{N}']+/gu;
const MIN_VOCABULARY = 2000;
const FREQUENT = 10;

/**
 * Recognises OCR debris in a cell fragment ("ge me er eur nem eyetenn", a lone "T"). Without a dictionary,
 * the test is the document itself: debris is lower-case, unpunctuated, and made of words the document
 * uses nowhere else, with none of its common words.
 */
export class NoiseFilter {
  private readonly counts = new Map<string, number>();
  private total = 0;

  constructor(texts: Iterable<string>) {
    for (const text of texts) {
      for (const word of words(text)) {
        this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
        this.total++;
      }
    }
  }

  isNoise(fragment: string): boolean {
    const text = fragment.trim();
    if (/^\p{L}$/u.test(text)) return true;
    // A short document's vocabulary is too small to call a word unheard-of.
    if (this.total < MIN_VOCABULARY || /[A-Z0-9.,;:!?()@/]/.test(text)) return false;
    const list = words(text);
    if (list.length < 4) return false;
    // Real text wrapped onto its own line still has a word the document uses often ("and", "to", "complaint").
    if (list.some((word) => (this.counts.get(word) ?? 0) >= FREQUENT)) return false;
    const local = new Map<string, number>();
    for (const word of list) local.set(word, (local.get(word) ?? 0) + 1);
    const unseen = list.filter((word) => (this.counts.get(word) ?? 0) <= (local.get(word) ?? 0)).length;
    return unseen / list.length >= 0.75;
  }
}

function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((w) => w.length >= 2);
}
