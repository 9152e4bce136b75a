/**
 * Milliseconds of CPU this process spent running `work`. Unlike the clock it does not grow when
 * other processes take the cores (the suite's other worker, a busy machine), so a bound on it
 * says "does not read the whole file" without failing on a slow day.
 */
export function cpuMs<T>(work: () => T): { result: T; ms: number } {
  const before = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(before);
  return { result, ms: (used.user + used.system) / 1000 };
}
