import type { ZodType } from 'zod';
import type { Board } from './board';
import { stageSchema } from './stage';
import { stepSchema } from './step';
import { laneSchema } from './lane';
import { cardSchema } from './card';
import { connectorSchema } from './connector';
import { personaSchema } from './persona';
import { emotionPointSchema } from './emotion';
import { commentSchema } from './comment';
import { activitySchema } from './activity';
import { isMeasurement, measurementSchema, metricSchema } from './metric';

/**
 * The board's collections, described once: each one's schema (what an entity of it must be),
 * whether a board may leave it out (collections added to the format later are optional), and
 * which of its fields are text merged by character when shared. Restoring a read board, checking
 * an entity, the Y.Doc shape and the ops all read it from here; a new entity is one line more.
 * In this order the board's document lists them.
 */
/** The board's fields that are lists of entities (with ids): the collections. */
export type Collection = { [K in keyof Board]-?: NonNullable<Board[K]> extends readonly { id: string }[] ? K : never }[keyof Board];

interface CollectionInfo {
  schema: ZodType;
  /** A board may leave it out (added to the format after the others). */
  optional?: true;
  /** Fields held as text merged by character when shared. */
  text?: readonly string[];
  /**
   * For collections of many small facts arriving by the ten thousand (imports): entities are
   * stored in the document in batches, each entity replaced whole when edited, and checked by this
   * function, which must accept exactly what the schema accepts (the schema is 10× slower).
   */
  bulk?: (value: Record<string, unknown>) => boolean;
}

export const COLLECTIONS: Readonly<Record<Collection, CollectionInfo>> = {
  stages: { schema: stageSchema },
  steps: { schema: stepSchema },
  lanes: { schema: laneSchema },
  cards: { schema: cardSchema, text: ['text', 'details'] },
  connectors: { schema: connectorSchema },
  personas: { schema: personaSchema },
  emotions: { schema: emotionPointSchema },
  comments: { schema: commentSchema, optional: true },
  activity: { schema: activitySchema, optional: true },
  metrics: { schema: metricSchema, optional: true },
  measurements: { schema: measurementSchema, optional: true, bulk: isMeasurement },
};

/** Every collection's name, in the document's order. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as Collection[];
/** Collections every board has (an empty list at least). */
export const REQUIRED_COLLECTIONS = COLLECTION_NAMES.filter((name) => !COLLECTIONS[name].optional);
export type Entity<C extends Collection = Collection> = NonNullable<Board[C]>[number];
