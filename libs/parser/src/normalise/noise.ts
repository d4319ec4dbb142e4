const WORD = /[\p{L}\p{N}']+/gu;

/**
 * Recognises OCR debris in a cell fragment ("ge me er eur nem eyetenn", a lone "T"). Without a dictionary,
 * the test is the document itself: debris is lower-case, unpunctuated, and made of words the document
 * uses nowhere else.
 */
export class NoiseFilter {
  private readonly counts = new Map<string, number>();

  constructor(texts: Iterable<string>) {
    for (const text of texts) {
      for (const word of words(text)) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
    }
  }

  isNoise(fragment: string): boolean {
    const text = fragment.trim();
    if (/^\p{L}$/u.test(text)) return true;
    if (/[A-Z0-9.,;:!?()@/]/.test(text)) return false;
    const list = words(text);
    if (list.length < 3) return false;
    const local = new Map<string, number>();
    for (const word of list) local.set(word, (local.get(word) ?? 0) + 1);
    const unseen = list.filter((word) => (this.counts.get(word) ?? 0) <= (local.get(word) ?? 0)).length;
    return unseen / list.length >= 0.75;
  }
}

function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((w) => w.length >= 2);
}
