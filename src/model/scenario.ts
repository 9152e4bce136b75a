import { z } from 'zod';

/** The longest scenario name the format accepts. */
export const MAX_SCENARIO_NAME = 200;

/**
 * Which scenario of a service a board is: boards of one `family` are scenarios of each other
 * (As-is and To-be, Designed and Observed, Option A and B), made as copies that keep the ids of
 * lanes, steps, stages, cards and personas, so the same thing is recognised in each.
 */
export const scenarioSchema = z.object({
  family: z.string().min(1).max(100),
  name: z.string().max(MAX_SCENARIO_NAME),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** A board of a family as the library lists it. */
export interface ScenarioEntry {
  id: string;
  scenario: Scenario;
  createdAt: string;
}

/**
 * The scenarios of one family among any boards (those of no family left out), the first made
 * first (the service as it is, usually).
 */
export function familyOf<T extends Omit<ScenarioEntry, 'scenario'> & { scenario?: Scenario }>(
  entries: readonly T[],
  family: string,
): (T & ScenarioEntry)[] {
  return entries
    .filter((e): e is T & ScenarioEntry => e.scenario?.family === family)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * What Compare shows first: the family's first scenario (as-is) against its newest other one;
 * `from` as given when it is one of them. Null when the family has fewer than two.
 */
export function comparePair<T extends ScenarioEntry>(members: readonly T[], from?: string): [T, T] | null {
  if (members.length < 2) return null;
  const first = members.find((m) => m.id === from) ?? members[0]!;
  const other = [...members].reverse().find((m) => m.id !== first.id)!;
  return [first, other];
}
