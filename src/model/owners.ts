/** One owner however it is typed: "Hotel " and "hotel" are the same team (analyses, filters, suggestions). */
export const ownerKey = (owner: string): string => owner.trim().toLocaleLowerCase();

/** Whether two typed owners name the same team. */
export const sameOwner = (a: string, b: string): boolean => ownerKey(a) === ownerKey(b);

/**
 * The owners among `typed`, each once (its first spelling kept), in alphabetical order: what the
 * owner filters and the owner suggestions offer.
 */
export function ownersOf(typed: Iterable<string | undefined>): string[] {
  const seen = new Map<string, string>();
  for (const raw of typed) {
    const owner = raw?.trim();
    if (owner && !seen.has(ownerKey(owner))) seen.set(ownerKey(owner), owner);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
