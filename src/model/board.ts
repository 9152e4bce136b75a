import { z } from 'zod';
import { stageSchema } from './stage';
import { stepSchema } from './step';
import { laneSchema } from './lane';
import { cardSchema } from './card';
import { connectorSchema } from './connector';
import { personaSchema } from './persona';
import { emotionPointSchema } from './emotion';
import { commentSchema } from './comment';
import { activitySchema } from './activity';
import { scenarioSchema } from './scenario';
import { measurementSchema, metricSchema } from './metric';

export const BOARD_FORMAT = 'blueprint-studio/board';
/** The newest document version this build reads and writes. */
export const BOARD_VERSION = 9;

/** The longest board title the format accepts. */
export const MAX_TITLE = 500;

export const PAPER_SIZES = ['A4', 'A3', 'Letter', 'Tabloid'] as const;

export const boardSchema = z.object({
  format: z.literal(BOARD_FORMAT),
  version: z.literal(BOARD_VERSION),
  id: z.string().min(1),
  title: z.string().max(MAX_TITLE),
  description: z.string().max(100_000).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number().int().nonnegative(),
  stages: z.array(stageSchema),
  steps: z.array(stepSchema),
  lanes: z.array(laneSchema),
  cards: z.array(cardSchema),
  connectors: z.array(connectorSchema),
  personas: z.array(personaSchema),
  emotions: z.array(emotionPointSchema),
  /** Review comments on cards (optional: absent on boards without any). */
  comments: z.array(commentSchema).optional(),
  /** Who changed which card when (optional: absent until someone changes a card). */
  activity: z.array(activitySchema).optional(),
  /** What the team measures (NPS, waiting time…), with targets (optional: absent until one is defined). */
  metrics: z.array(metricSchema).optional(),
  /** Dated values of the metrics, per step, stage or journey. */
  measurements: z.array(measurementSchema).optional(),
  /** The scenario this board is of a service (As-is, To-be…): boards of one family share lane, step and card ids. */
  scenario: scenarioSchema.optional(),
  settings: z
    .object({
      paper: z.enum(PAPER_SIZES).optional(),
      theme: z.string().max(100).optional(),
      locale: z.string().max(35).optional(),
      /** "detailed" shows each card's owner, duration and ratings on it (screen and exports). */
      density: z.enum(['compact', 'detailed']).optional(),
    })
    .optional(),
});
export type Board = z.infer<typeof boardSchema>;
