/**
 * Words as search sees them, and the excerpts a result shows. One tokenizer and one normaliser serve the
 * index (build and browser), the query and the highlighting, so a highlight marks exactly the words that
 * matched: "stephane" highlights "Stéphane".
 */

/** A word: a run of letters, digits and combining marks. Everything else (spaces, punctuation, symbols, emoji) separates words. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** `[start, end)` offsets of a highlighted word in the string it belongs to (UTF-16 code units, as `slice` takes). */
export type Highlight = readonly [start: number, end: number];

/** The words of a text with where each one is. */
export function wordsWithOffsets(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The words of a text, for MiniSearch's `tokenize`. */
export const tokenize = (text: string): string[] => text.match(WORD) ?? [];

const ASCII = /^\p{ASCII}*$/u;

/** A word as it is indexed: accents folded, lower case ("Stéphane" → "stephane"); null for nothing left. */
export function normalizeTerm(term: string): string | null {
  // Most words are plain ASCII, with nothing to fold: the fast path matters when thousands of documents match.
  const folded = ASCII.test(term) ? term.toLowerCase() : term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return folded === '' ? null : folded;
}

/** Whether a word of a text, normalised, is one of the matched `terms`. */
function isMatch(word: string, terms: ReadonlySet<string>): boolean {
  const term = normalizeTerm(word);
  return term !== null && terms.has(term);
}

/** Where the words whose normalised form is in `terms` are in `text`. */
export function highlightsIn(text: string, terms: ReadonlySet<string>): Highlight[] {
  if (terms.size === 0) return [];
  return wordsWithOffsets(text).flatMap(({ word, start, end }) => (isMatch(word, terms) ? [[start, end] as const] : []));
}

/** The longest snippet, in characters, ellipses included. */
export const SNIPPET_LENGTH = 140;
/** How much text a snippet keeps before its first match, roughly. */
const LEAD = 40;
const ELLIPSIS = '…';

/**
 * A plain-text excerpt of at most `SNIPPET_LENGTH` characters around the first word in `terms`, cut at word
 * boundaries and marked with "…" where text was cut, and where its matched words are. Without a match it is
 * the start of the text.
 */
export function makeSnippet(text: string, terms: ReadonlySet<string>): { snippet: string; highlights: Highlight[] } {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= SNIPPET_LENGTH) return { snippet: clean, highlights: highlightsIn(clean, terms) };

  const words = wordsWithOffsets(clean);
  const first = words.find(({ word }) => isMatch(word, terms));
  // Start a little before the match, at the start of a word, unless that is near the start anyway.
  let start = 0;
  if (first && first.start > LEAD) {
    const wanted = first.start - LEAD;
    start = words.find((w) => w.start >= wanted)?.start ?? first.start;
  }
  const lead = start > 0 ? ELLIPSIS : '';
  let end = Math.min(clean.length, start + SNIPPET_LENGTH - lead.length);
  if (end < clean.length) {
    // Leave room for the closing ellipsis, and end after a whole word when there is one to end on.
    const limit = end - ELLIPSIS.length;
    const lastWhole = words.filter((w) => w.start >= start && w.end <= limit).at(-1);
    end = lastWhole && lastWhole.end > start + SNIPPET_LENGTH / 2 ? lastWhole.end : limit;
  }
  const body = clean.slice(start, end).trimEnd();
  const snippet = `${lead}${body}${end < clean.length ? ELLIPSIS : ''}`;
  return { snippet, highlights: highlightsIn(snippet, terms) };
}
