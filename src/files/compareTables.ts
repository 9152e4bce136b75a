import { formatScore, type Board, type Change, type FigureRow, type ScenarioFigures } from '../model';
import type { AnalysisRow, AnalysisSection, AnalysisTable, Translate } from './analysisTables';

/** Two scenarios as compared: each board with the name it goes by. */
export interface ComparedPair {
  a: Board;
  b: Board;
  names: [string, string];
}

/** Card fields that only follow from others (the place in a cell moves when a neighbour comes or goes). */
const QUIET_FIELDS = new Set(['order']);

/**
 * Compare's two tables as labelled text — "Changes" (one row per difference) and "Figures" (each
 * figure in both scenarios and the change, for the journey and per stage) — the one description
 * the Compare view renders, the CSV writes and the PDF draws.
 */
export function compareSection(
  pair: ComparedPair,
  changes: readonly Change[],
  figures: ScenarioFigures,
  t: Translate,
  locale: string,
): AnalysisSection {
  return {
    id: 'compare',
    title: t('compare.title'),
    notes: [t('compare.note', { a: pair.names[0], b: pair.names[1] })],
    tables: [changesTable(pair, changes, t, locale), figuresTable(pair, figures, t, locale)],
  };
}

function changesTable({ a, b }: ComparedPair, changes: readonly Change[], t: Translate, locale: string): AnalysisTable {
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false });
  const named = (board: Board) => {
    const byId = <T extends { id: string }>(xs: readonly T[]) => new Map(xs.map((x) => [x.id, x]));
    return {
      steps: byId(board.steps),
      lanes: byId(board.lanes),
      stages: byId(board.stages),
      cards: byId(board.cards),
      personas: byId(board.personas),
    };
  };
  const [na, nb] = [named(a), named(b)];
  // Names as the scenario holding the thing has them (the newer one when both do).
  const name = (kind: 'steps' | 'lanes' | 'stages' | 'personas', id: string | undefined) =>
    (id && (nb[kind].get(id)?.name ?? na[kind].get(id)?.name)) || '';
  const cardText = (id: string) => (nb.cards.get(id)?.text ?? na.cards.get(id)?.text ?? '').trim() || t('card.empty');
  const value = (field: string, v: unknown): string => {
    if (v === undefined || v === null || v === '') return t('compare.none');
    if (field === 'laneId') return name('lanes', v as string);
    if (field === 'stepId') return name('steps', v as string);
    if (field === 'stageId') return name('stages', v as string);
    // A marker's value without its name (the field says which marker it is).
    if (field === 'wait') {
      const minutes = (v as { minutes?: number }).minutes;
      return minutes === undefined ? t('compare.set') : t('card.minutes', { n: n.format(minutes) });
    }
    if (field === 'failure') {
      const f = v as { severity: number; recovery?: string };
      const base = t('compare.severity', { severity: f.severity });
      return f.recovery ? `${base}, ${t('inspector.recovery')}: ${f.recovery}` : base;
    }
    if (field === 'touchpoint') return t(`channel.${(v as { channel: string }).channel}`);
    if (field === 'evidence') return t(`card.evidence.${v as string}`);
    if (typeof v === 'number') return n.format(v);
    if (typeof v === 'string') return v.length > 120 ? `${v.slice(0, 119)}…` : v;
    if (Array.isArray(v)) return v.join(', ');
    return t('compare.set');
  };
  const field = (f: string) => t(`compare.fields.${f}`, { defaultValue: f });
  const fieldChanges = (c: Extract<Change, { fields: string[] }>) =>
    c.fields
      .filter((f) => !QUIET_FIELDS.has(f) && !(c.part === 'cards' && (f === 'laneId' || f === 'stepId')))
      .map((f) => `${field(f)}: ${value(f, c.before[f])} → ${value(f, c.after[f])}`);

  const rows: AnalysisRow[] = [];
  for (const c of changes) {
    if (c.kind === 'reordered') continue;
    const entity = c.kind === 'removed' ? c.before : c.after;
    // A removed thing is shown where it still is: in the first scenario.
    const boardId = c.kind === 'removed' ? a.id : b.id;
    const kind = t(`compare.kinds.${c.kind}`);
    let what: string,
      lane = '',
      step = '',
      detail: string[] = [];
    switch (c.part) {
      case 'cards':
        what = cardText(c.id);
        lane = name('lanes', entity.laneId as string);
        step = name('steps', entity.stepId as string);
        if (c.kind === 'moved') {
          const place = (e: Record<string, unknown>) => `${name('lanes', e.laneId as string)} · ${name('steps', e.stepId as string)}`;
          detail.push(`${place(c.before)} → ${place(c.after)}`);
        }
        break;
      case 'steps':
        what = t('compare.step', { name: (entity.name as string) || t('compare.none') });
        step = (entity.name as string) ?? '';
        break;
      case 'lanes':
        what = t('compare.lane', { name: entity.name as string });
        lane = (entity.name as string) ?? '';
        break;
      case 'stages':
        what = t('compare.stage', { name: entity.name as string });
        break;
      case 'personas':
        what = t('compare.persona', { name: entity.name as string });
        break;
      case 'connectors':
        what = t('compare.connector', { from: cardText(entity.from as string), to: cardText(entity.to as string) });
        break;
      case 'emotions':
        what = t('compare.emotion', { persona: name('personas', entity.personaId as string), step: name('steps', entity.stepId as string) });
        step = name('steps', entity.stepId as string);
        if (c.kind === 'added' || c.kind === 'removed') detail.push(formatScore(entity.score as number));
        break;
    }
    if (c.kind === 'changed' || c.kind === 'moved') detail = [...detail, ...fieldChanges(c)];
    if (c.kind === 'moved' && c.part !== 'cards' && !detail.length) detail.push(t('compare.newPlace'));
    rows.push({ cells: [kind, what, lane, step, detail.join('; ')], ...(c.part === 'cards' && { cardId: c.id }), boardId });
  }
  return {
    id: 'changes',
    caption: t('compare.changes'),
    columns: [
      t('compare.columns.change'),
      t('compare.columns.what'),
      t('compare.columns.lane'),
      t('compare.columns.step'),
      t('compare.columns.beforeAfter'),
    ],
    rows,
  };
}

const MINUTES = new Set(['customerTime', 'waiting', 'criticalPath']);

function figuresTable({ a, b, names }: ComparedPair, figures: ScenarioFigures, t: Translate, locale: string): AnalysisTable {
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false, signDisplay: 'exceptZero' });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const points = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const persona = (id: string | undefined) => (id && (b.personas.find((p) => p.id === id) ?? a.personas.find((p) => p.id === id))?.name) || '';
  const stage = (id: string) => (b.stages.find((s) => s.id === id) ?? a.stages.find((s) => s.id === id))?.name ?? '';
  const show = (r: FigureRow, x: number | null) => {
    if (x === null) return '—';
    if (r.key === 'waitShare') return pct.format(x);
    if (r.key === 'lowestEmotion' || r.key === 'averageEmotion') return formatScore(x);
    if (MINUTES.has(r.key)) return t('card.minutes', { n: n.format(x) });
    return n.format(x);
  };
  const change = (r: FigureRow) => {
    if (r.change === null) return '—';
    if (r.key === 'waitShare') return points.format(r.change);
    if (r.key === 'lowestEmotion' || r.key === 'averageEmotion') return formatScore(r.change);
    return signed.format(r.change);
  };
  const label = (r: FigureRow) => t(`compare.figures.${r.key}`, { persona: persona(r.personaId) });
  const cells = (r: FigureRow, scope?: string) => [
    scope ? t('compare.scoped', { scope, figure: label(r) }) : label(r),
    show(r, r.a),
    show(r, r.b),
    change(r),
    r.verdict ? t(`compare.verdict.${r.verdict}`) : '—',
  ];
  return {
    id: 'figures',
    caption: t('compare.figuresTable'),
    columns: [t('compare.columns.figure'), names[0], names[1], t('compare.columns.difference'), t('compare.columns.verdict')],
    rows: [
      ...figures.journey.map((r) => ({ cells: cells(r), marked: r.verdict === 'worse' })),
      ...figures.stages.flatMap((s) => s.rows.map((r) => ({ cells: cells(r, stage(s.stageId)), marked: r.verdict === 'worse' }))),
    ],
  };
}
