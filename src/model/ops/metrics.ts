import type { Board } from '../board';
import type { Measurement, Metric } from '../metric';
import { newId } from '../ids';
import { addLane, deleteLane } from './lanes';
import { cleanName, updateIn, withoutUndefined } from './shared';
import { MAX_METRIC_NAME } from '../metric';

/** Leaves out an optional collection that became empty, so a board without any stays as it was. */
const listOrNone = <K extends 'metrics' | 'measurements'>(board: Board, key: K, list: NonNullable<Board[K]>): Board => {
  if (list.length) return { ...board, [key]: list };
  const { [key]: _, ...rest } = board;
  return rest as Board;
};

/** Defines a metric, with a metric lane at the bottom of the board that shows it (one edit). */
export function addMetric(board: Board, fields: Omit<Metric, 'id'> & { id?: string }, options: { laneId?: string; lane?: boolean } = {}): Board {
  const metric = withoutUndefined({ ...fields, id: fields.id ?? newId('mt_'), name: cleanName(fields.name, MAX_METRIC_NAME) }) as Metric;
  const next = { ...board, metrics: [...(board.metrics ?? []), metric] };
  if (options.lane === false) return next;
  const laneId = options.laneId ?? newId('ln_');
  return updateIn(addLane(next, { kind: 'metric', name: metric.name, id: laneId }), 'lanes', laneId, (l) => ({ ...l, metricId: metric.id }));
}

/** Changes a metric; renamed, the lanes still named as it was follow. */
export function updateMetric(board: Board, id: string, patch: Partial<Omit<Metric, 'id'>>): Board {
  const before = board.metrics?.find((m) => m.id === id);
  const next = updateIn(board, 'metrics', id, (m) => {
    const next = withoutUndefined({ ...m, ...patch, ...(patch.name !== undefined && { name: cleanName(patch.name, MAX_METRIC_NAME) }) }) as Metric;
    return JSON.stringify(next) === JSON.stringify(m) ? m : next;
  });
  const after = next.metrics?.find((m) => m.id === id);
  if (!before || !after || before.name === after.name) return next;
  return { ...next, lanes: next.lanes.map((l) => (l.metricId === id && l.name === before.name ? { ...l, name: after.name } : l)) };
}

/** Deletes a metric with its measurements and the lanes that show it; solutions stop naming it. */
export function deleteMetric(board: Board, id: string): Board {
  if (!board.metrics?.some((m) => m.id === id)) return board;
  let next = board;
  for (const lane of board.lanes) if (lane.kind === 'metric' && lane.metricId === id) next = deleteLane(next, lane.id);
  next = listOrNone(
    next,
    'metrics',
    next.metrics!.filter((m) => m.id !== id),
  );
  next = listOrNone(
    next,
    'measurements',
    (next.measurements ?? []).filter((m) => m.metricId !== id),
  );
  const named = next.cards.some((c) => c.metricIds?.includes(id));
  if (!named) return next;
  return {
    ...next,
    cards: next.cards.map((c) => {
      if (!c.metricIds?.includes(id)) return c;
      const metricIds = c.metricIds.filter((m) => m !== id);
      return withoutUndefined({ ...c, metricIds: metricIds.length ? metricIds : undefined });
    }),
  };
}

/** Adds measurements (ids given or made); those of a metric the board does not have are left out. */
export function addMeasurements(board: Board, list: readonly (Omit<Measurement, 'id'> & { id?: string })[]): Board {
  if (!list.length) return board;
  const metrics = new Set((board.metrics ?? []).map((m) => m.id));
  const added = list.filter((m) => metrics.has(m.metricId)).map((m) => withoutUndefined({ ...m, id: m.id ?? newId('ms_') }) as Measurement);
  return added.length ? { ...board, measurements: [...(board.measurements ?? []), ...added] } : board;
}

export function updateMeasurement(board: Board, id: string, patch: Partial<Omit<Measurement, 'id' | 'metricId'>>): Board {
  return updateIn(board, 'measurements', id, (m) => {
    const next = withoutUndefined({ ...m, ...patch }) as Measurement;
    return JSON.stringify(next) === JSON.stringify(m) ? m : next;
  });
}

export function deleteMeasurement(board: Board, id: string): Board {
  if (!board.measurements?.some((m) => m.id === id)) return board;
  return listOrNone(
    board,
    'measurements',
    board.measurements.filter((m) => m.id !== id),
  );
}

/** Which metric a metric lane shows. */
export function setLaneMetric(board: Board, laneId: string, metricId: string): Board {
  return updateIn(board, 'lanes', laneId, (l) => (l.metricId === metricId ? l : { ...l, metricId }));
}

/** Drops measurements of steps and stages that are gone (deleting a step deletes what was measured of it, as one undoable edit). */
export function dropOrphanMeasurements(board: Board): Board {
  if (!board.measurements?.length) return board;
  const steps = new Set(board.steps.map((s) => s.id));
  const stages = new Set(board.stages.map((s) => s.id));
  const kept = board.measurements.filter((m) => (!m.stepId || steps.has(m.stepId)) && (!m.stageId || stages.has(m.stageId)));
  return kept.length === board.measurements.length ? board : listOrNone(board, 'measurements', kept);
}
