import { generateNKeysBetween } from 'fractional-indexing';

/**
 * New fractional positions for a sequence so that sorting by position gives `ids` in order,
 * changing as few existing positions as possible: the longest run of items already in order
 * keeps its positions (strictly increasing, so there is always room between two of them); the
 * others get fresh keys between their kept neighbours. Returns only the positions to write.
 */
export function positionsFor(ids: readonly string[], current: (id: string) => string | undefined): Map<string, string> {
  const keys = ids.map(current);
  const kept = longestIncreasing(keys);
  const out = new Map<string, string>();
  let i = 0;
  while (i < ids.length) {
    if (kept.has(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end < ids.length && !kept.has(end)) end++;
    const before = i > 0 ? keys[i - 1]! : null;
    const after = end < ids.length ? keys[end]! : null;
    const fresh = generateNKeysBetween(before, after, end - i);
    for (let j = i; j < end; j++) {
      keys[j] = fresh[j - i]!;
      out.set(ids[j]!, keys[j]!);
    }
    i = end;
  }
  return out;
}

/** Indexes of a longest strictly increasing subsequence of the defined keys (patience sorting). */
function longestIncreasing(keys: readonly (string | undefined)[]): Set<number> {
  const tails: number[] = []; // index of the smallest tail of each length
  const previous = new Array<number>(keys.length).fill(-1);
  keys.forEach((key, i) => {
    if (key === undefined) return;
    let lo = 0,
      hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]!]! < key) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}
