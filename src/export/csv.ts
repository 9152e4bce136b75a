import type { Board } from '../model';

export const CSV_COLUMNS = [
  'stage', 'step', 'lane kind', 'lane', 'text', 'touchpoint channel', 'importance', 'performance',
  'failure severity', 'cause', 'recovery', 'wait minutes', 'owner', 'duration', 'cost', 'SERVQUAL', 'tags',
] as const;

/** One field, quoted when it holds a comma, quote, line break or edge space; formulas are defused. */
function field(value: string | number | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  // A cell starting with = + - @ would run as a formula in spreadsheet programs.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per card in board order (step, then lane, then position), UTF-8 with BOM and CRLF, for spreadsheets. */
export function boardToCsv(board: Board): string {
  const stepRank = new Map(board.steps.map((s, i) => [s.id, i]));
  const laneRank = new Map(board.lanes.map((l, i) => [l.id, i]));
  const cards = [...board.cards].sort((a, b) => stepRank.get(a.stepId)! - stepRank.get(b.stepId)! || laneRank.get(a.laneId)! - laneRank.get(b.laneId)! || a.order - b.order);
  const rows = cards.map((c) => {
    const step = board.steps.find((s) => s.id === c.stepId);
    const lane = board.lanes.find((l) => l.id === c.laneId);
    const stage = board.stages.find((s) => s.id === step?.stageId);
    return [stage?.name, step?.name, lane?.kind, lane?.name, c.text, c.touchpoint?.channel, c.touchpoint?.importance, c.touchpoint?.performance,
      c.failure?.severity, c.failure?.cause, c.failure?.recovery, c.wait?.minutes, c.owner, c.durationMinutes, c.cost, c.servqual, c.tags?.join('; ')];
  });
  return '\uFEFF' + [CSV_COLUMNS, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
