/** The flush of every open board session, so the app can store all edits before it reloads (an update). */
const open = new Set<() => Promise<void>>();

export function trackSession(flush: () => Promise<void>): () => void {
  open.add(flush);
  return () => open.delete(flush);
}

export async function flushOpenSessions(): Promise<void> {
  await Promise.all([...open].map((flush) => flush()));
}
