/**
 * Lookups in a head's sorted list of words (`IndexHead['terms']`, in code-unit order), answering what
 * MiniSearch's `SearchableMap` answers (`atPrefix`, `fuzzyGet`) without building its tree first: at 100 times the
 * data that took about 60 ms of a phone's main thread (4× slower CPU) before the first query could start.
 */

/** The position of the first word not before `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? '') < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The positions of the words that start with `prefix`, itself included. */
export function positionsWithPrefix(sorted: readonly string[], prefix: string): number[] {
  const positions: number[] = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i]?.startsWith(prefix); i++) positions.push(i);
  return positions;
}

/**
 * The positions of the words at most `maxDistance` edits (insertions, deletions, substitutions: Levenshtein)
 * from `term`. A word's edit distance is worked out a letter at a time, one row of the matrix a letter, and
 * sorted neighbours share their first letters, so a word reuses the rows of the letters it shares with the one
 * before, as a walk down a tree of the words would; once every entry of a row is over `maxDistance`, so is
 * every word that starts with that row's letters, and they are skipped.
 */
export function positionsWithin(sorted: readonly string[], term: string, maxDistance: number): number[] {
  const n = term.length;
  // rows[i] is the row for the first i letters of the current word; rows[0] is 0, 1, …, n.
  const rows: Int32Array[] = [Int32Array.from({ length: n + 1 }, (_, j) => j)];
  let previous = '';
  const positions: number[] = [];
  for (let w = 0; w < sorted.length; w++) {
    const word = sorted[w] ?? '';
    let shared = 0;
    const most = Math.min(word.length, previous.length, rows.length - 1);
    while (shared < most && word.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    let i = shared + 1;
    for (; i <= word.length; i++) {
      const above = rows[i - 1] as Int32Array;
      const row = rows[i] ?? (rows[i] = new Int32Array(n + 1));
      const letter = word.charCodeAt(i - 1);
      row[0] = i;
      let least = i;
      for (let j = 1; j <= n; j++) {
        const cost = letter === term.charCodeAt(j - 1) ? 0 : 1;
        const value = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
        row[j] = value;
        if (value < least) least = value;
      }
      if (least > maxDistance) break;
    }
    if (i <= word.length) {
      // No word starting with word.slice(0, i) is within reach: skip them. Rows up to i - 1 stay good.
      const dead = word.slice(0, i);
      previous = word.slice(0, i - 1);
      while (w + 1 < sorted.length && sorted[w + 1]?.startsWith(dead)) w++;
      continue;
    }
    previous = word;
    if (((rows[word.length] as Int32Array)[n] as number) <= maxDistance) positions.push(w);
  }
  return positions;
}
