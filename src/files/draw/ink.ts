import type { MetricStatus, Quadrant, ValueEffortQuadrant } from '../../model';

/**
 * The colours exports are drawn with: the same values as the app's design tokens
 * (src/app/styles/tokens.css), named alike, because a PDF or a canvas cannot read CSS.
 */
export const INK = {
  fg: '#0f172a',
  fgStrong: '#1e293b',
  fgSoft: '#334155',
  fgMuted: '#475569',
  lane: '#64748b',
  line: '#94a3b8',
  border: '#cbd5e1',
  lineFaint: '#e2e8f0',
  surface: '#ffffff',
  bg: '#f8fafc',
  surfaceMuted: '#f1f5f9',
  info: '#1e3a8a',
  infoSoft: '#dbeafe',
  dangerFg: '#991b1b',
  dangerSoft: '#fee2e2',
  warnFg: '#92400e',
  warnSoft: '#fef3c7',
  comment: '#3730a3',
  commentSoft: '#e0e7ff',
  proposed: '#6d28d9',
  danger: '#b91c1c',
  ok: '#15803d',
  okFg: '#166534',
  okSoft: '#dcfce7',
  dangerStrong: '#7f1d1d',
  blue: '#1d4ed8',
};

/** A metric status's fill, edge and text: the metric lane on screen and on paper. */
export const STATUS_INK: Record<MetricStatus, { fill: string; stroke: string; text: string }> = {
  met: { fill: INK.okSoft, stroke: INK.ok, text: INK.okFg },
  close: { fill: INK.warnSoft, stroke: INK.warnFg, text: INK.warnFg },
  missed: { fill: INK.dangerSoft, stroke: INK.danger, text: INK.dangerStrong },
};

/** A quadrant's colour, the same in the Analysis chart, the Backlog matrix and the PDF. */
export const QUADRANT_INK: Record<Quadrant, string> = { concentrate: INK.danger, 'keep-up': INK.ok, 'low-priority': INK.fgMuted, overkill: INK.blue };
export const VALUE_EFFORT_INK: Record<ValueEffortQuadrant, string> = {
  quickWin: INK.ok,
  bigBet: INK.blue,
  fillIn: INK.fgMuted,
  moneyPit: INK.danger,
};
