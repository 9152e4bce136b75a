import type { Board, BoardAnalysis, LineKind, StepTime, TimeFigures } from '../model';
import { toCsv } from './csv';
import { metricsSection } from './metricTables';

/** The translator the tables are labelled with (i18next's `t`, or a stand-in in tests). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface AnalysisRow {
  /** The card the row is about: choosing the row shows it on the board. */
  cardId?: string;
  cells: string[];
  /** A row to call out (the bottleneck step, a step over tolerance). */
  marked?: boolean;
  /** The step (and persona) a row is about, when it is not a card: where an opportunity would go. */
  stepId?: string;
  personaId?: string;
  /** The board the row's card is on, when a table covers two (Compare). */
  boardId?: string;
}
export interface AnalysisTable {
  id: string;
  caption: string;
  columns: string[];
  rows: AnalysisRow[];
}
export const SECTION_IDS = ['priorities', 'failures', 'time', 'handoffs', 'servqual', 'emotions', 'evidence'] as const;
export type SectionId = (typeof SECTION_IDS)[number];
export interface AnalysisSection {
  /** An analysis, or the review comments (the PDF appendix lists them the same way). */
  id: SectionId | 'comments' | 'backlog' | 'compare' | 'metrics';
  title: string;
  notes: string[];
  tables: AnalysisTable[];
}

/**
 * Every analysis as labelled tables of text: the one description the Analysis view renders,
 * the CSV registers write and the PDF appendix draws, so the three always agree.
 */
export function analysisSections(board: Board, a: BoardAnalysis, t: Translate, locale: string): AnalysisSection[] {
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const num = (x: number | null | undefined) => (x === null || x === undefined ? '—' : n.format(x));
  // Intl rounds halves away from zero and, with exceptZero, signs every figure that is not 0 once rounded.
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false, signDisplay: 'exceptZero' }).format;
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((x) => [x.id, x]));
  const cards = byId(board.cards),
    steps = byId(board.steps),
    stages = byId(board.stages),
    lanes = byId(board.lanes),
    personas = byId(board.personas);
  const text = (id: string) => cards.get(id)?.text.trim() || t('card.empty');
  const step = (id: string) => steps.get(id)?.name ?? '';
  const stage = (id: string | undefined) => (id && stages.get(id)?.name) || '';
  const lane = (id: string) => lanes.get(id)?.name ?? '';
  const cardStep = (id: string) => step(cards.get(id)?.stepId ?? '');
  const cardLane = (id: string) => lane(cards.get(id)?.laneId ?? '');
  const line = (k: LineKind) => t(`line.${k}`);
  const A = (key: string, options?: Record<string, unknown>) => t(`analysis.${key}`, options);
  const cardRows = (ids: string[]) => ids.map((id) => ({ cardId: id, cells: [text(id), cardStep(id), cardLane(id)] }));
  const cardColumns = [A('card'), A('step'), A('lane')];

  const { priorities, failures, time, handoffs, servqual, emotions, evidence } = a;
  const stageColumn = A('stage');
  const timeColumns = [A('time.activity'), A('time.wait'), A('time.customer'), A('time.effort'), A('time.cost')];
  const timeCells = (f: TimeFigures, fromStep = false) => [
    fromStep ? `${num(f.activity)} (${A('time.fromStep')})` : num(f.activity),
    num(f.wait),
    num(f.customer),
    num(f.effort),
    num(f.cost),
  ];
  /** A step's figures; a measured one says so, with the estimate beside it. */
  const measured = (value: number, estimate: number) => A('time.measuredCell', { value: num(value), estimate: num(estimate) });
  const stepTimeCells = (s: StepTime) => {
    const cells = timeCells(s, s.activityFrom === 'step');
    if (s.activityFrom === 'measured') cells[0] = measured(s.activity, s.estimate.activity);
    if (s.waitFrom === 'measured') cells[1] = measured(s.wait, s.estimate.wait);
    return cells;
  };
  const measuredSteps = time.steps.filter((s) => s.activityFrom === 'measured' || s.waitFrom === 'measured').length;
  const bottleneckNote = () => {
    const b = time.bottleneck;
    if (!b) return A('time.noBottleneck');
    const s = time.steps.find((x) => x.stepId === b.stepId)!;
    return b.reason === 'tolerance'
      ? A('time.bottleneckTolerance', { step: step(b.stepId), minutes: num(b.minutes), time: num(s.customer), tolerance: num(s.tolerance) })
      : A('time.bottleneckWaiting', { step: step(b.stepId), minutes: num(b.minutes) });
  };
  const owners = [...new Set(handoffs.ownerPairs.flatMap((p) => [p.from, p.to]))];
  const unrated = priorities.rows.filter((r) => r.quadrant === null).length;
  const sections: AnalysisSection[] = [
    {
      id: 'priorities',
      title: A('priorities.title'),
      notes: [
        A('priorities.summary', {
          count: priorities.rows.length,
          concentrate: priorities.rows.filter((r) => r.quadrant === 'concentrate').length,
          unrated,
        }),
      ],
      tables: [
        {
          id: 'touchpoints',
          caption: A('priorities.byGap'),
          columns: [
            A('card'),
            A('priorities.channel'),
            A('priorities.importance'),
            A('priorities.performance'),
            A('priorities.gap'),
            A('priorities.quadrant'),
            A('step'),
            A('lane'),
          ],
          rows: priorities.rows.map((r) => ({
            cardId: r.cardId,
            cells: [
              text(r.cardId),
              t(`channel.${r.channel}`),
              num(r.importance),
              num(r.performance),
              r.gap === null ? '—' : signed(r.gap),
              r.quadrant ? A(`priorities.quadrants.${r.quadrant}`) : A('priorities.unrated'),
              step(r.stepId),
              lane(r.laneId),
            ],
          })),
        },
      ],
    },
    {
      id: 'failures',
      title: A('failures.title'),
      notes: [A('failures.summary', { count: failures.length, noRecovery: failures.filter((f) => f.flags.noRecovery).length })],
      tables: [
        {
          id: 'failures',
          caption: A('failures.register'),
          columns: [
            A('card'),
            A('stage'),
            A('step'),
            A('lane'),
            A('failures.severity'),
            A('failures.cause'),
            A('failures.recovery'),
            A('owner'),
            A('failures.flags'),
          ],
          rows: failures.map((f) => ({
            cardId: f.cardId,
            cells: [
              text(f.cardId),
              stage(f.stageId),
              step(f.stepId),
              lane(f.laneId),
              String(f.severity),
              f.cause ?? '',
              f.recovery ?? '',
              f.owner?.trim() ?? '',
              (['noRecovery', 'noOwner', 'visible', 'emotionalLow'] as const)
                .filter((k) => f.flags[k])
                .map((k) => A(`failures.${k}`))
                .join(', '),
            ],
          })),
        },
      ],
    },
    {
      id: 'time',
      title: A('time.title'),
      notes: [
        A('time.measures'),
        ...(measuredSteps ? [A('time.measuredNote', { count: measuredSteps })] : []),
        time.waitShare === null
          ? A('time.noWaitShare')
          : A('time.waitShare', { share: pct.format(time.waitShare), wait: num(time.totals.wait), time: num(time.totals.customer) }),
        bottleneckNote(),
        time.criticalPath
          ? A('time.critical', { minutes: num(time.criticalPath.minutes), count: time.criticalPath.cardIds.length })
          : A('time.noCritical'),
      ],
      tables: [
        {
          id: 'time-steps',
          caption: A('time.perStep'),
          columns: [stageColumn, A('step'), ...timeColumns, A('time.tolerance'), A('failures.flags')],
          rows: time.steps.map((s) => ({
            stepId: s.stepId,
            marked: s.stepId === time.bottleneck?.stepId || s.overTolerance,
            cells: [
              stage(s.stageId),
              step(s.stepId),
              ...stepTimeCells(s),
              num(s.tolerance),
              [s.stepId === time.bottleneck?.stepId && A('time.bottleneck'), s.overBy !== null && A('time.over', { minutes: num(s.overBy) })]
                .filter(Boolean)
                .join(', '),
            ],
          })),
        },
        {
          id: 'time-stages',
          caption: A('time.perStage'),
          columns: [stageColumn, ...timeColumns],
          rows: [
            ...time.stages.map((s) => ({ cells: [stage(s.stageId), ...timeCells(s)] })),
            { cells: [A('time.totals'), ...timeCells(time.totals)] },
          ],
        },
        {
          id: 'time-owners',
          caption: A('time.perOwner'),
          columns: [A('time.owner'), A('time.cards'), A('time.effort'), A('time.cost')],
          rows: time.owners.map((o) => ({ cells: [o.owner ?? A('time.noOwner'), String(o.cards), num(o.effort), num(o.cost)] })),
        },
        {
          id: 'critical-path',
          caption: A('time.criticalTitle'),
          columns: [A('time.order'), ...cardColumns, A('time.minutes')],
          rows: (time.criticalPath?.cardIds ?? []).map((id, i) => {
            const c = cards.get(id);
            return {
              cardId: id,
              cells: [String(i + 1), text(id), cardStep(id), cardLane(id), num((c?.durationMinutes ?? 0) + (c?.wait?.minutes ?? 0))],
            };
          }),
        },
      ],
    },
    {
      id: 'handoffs',
      title: A('handoffs.title'),
      notes: [A('handoffs.summary', { count: handoffs.rows.length, loops: handoffs.reworkLoops.length })],
      tables: [
        {
          id: 'handoffs',
          caption: A('handoffs.list'),
          columns: [A('handoffs.from'), A('handoffs.to'), A('stage'), A('handoffs.lines'), A('handoffs.owners')],
          rows: handoffs.rows.map((h) => ({
            cardId: h.from,
            cells: [
              text(h.from),
              text(h.to),
              stage(h.stageId),
              h.lines.map(line).join(', '),
              h.ownerChange ? A('handoffs.ownerChange', { from: h.fromOwner!.trim(), to: h.toOwner!.trim() }) : '',
            ],
          })),
        },
        {
          id: 'handoffs-stages',
          caption: A('handoffs.perStage'),
          columns: [A('stage'), A('handoffs.count')],
          rows: handoffs.perStage.map((s) => ({ cells: [stage(s.stageId), String(s.count)] })),
        },
        {
          id: 'handoff-owners',
          caption: A('handoffs.matrix'),
          columns: [A('handoffs.fromTo'), ...owners],
          rows: owners
            .filter((from) => handoffs.ownerPairs.some((p) => p.from === from))
            .map((from) => ({
              cells: [from, ...owners.map((to) => String(handoffs.ownerPairs.find((p) => p.from === from && p.to === to)?.count ?? ''))],
            })),
        },
        {
          id: 'rework-loops',
          caption: A('handoffs.loops'),
          columns: [A('handoffs.number'), A('handoffs.loop')],
          rows: handoffs.reworkLoops.map((loop, i) => ({ cardId: loop[0], cells: [String(i + 1), loop.map(text).join(' → ')] })),
        },
      ],
    },
    {
      id: 'servqual',
      title: A('servqual.title'),
      notes: [servqual.weakest ? A('servqual.weakest', { dimension: t(`servqual.${servqual.weakest}`) }) : A('servqual.noWeakest')],
      tables: [
        {
          id: 'servqual',
          caption: A('servqual.perDimension'),
          columns: [A('servqual.dimension'), A('servqual.cards'), A('servqual.touchpoints'), A('servqual.mean')],
          rows: servqual.rows.map((r) => ({
            marked: r.dimension === servqual.weakest,
            cells: [t(`servqual.${r.dimension}`), String(r.cards), String(r.touchpoints), num(r.meanPerformance)],
          })),
        },
        { id: 'servqual-unassigned', caption: A('servqual.unassigned'), columns: cardColumns, rows: cardRows(servqual.unassigned) },
      ],
    },
    {
      id: 'emotions',
      title: A('emotions.title'),
      notes: [],
      tables: [
        {
          id: 'emotion-lows',
          caption: A('emotions.lows'),
          columns: [A('emotions.persona'), A('emotions.lowest'), A('emotions.end'), A('emotions.drop')],
          rows: emotions.map((e) => ({
            ...(e.lowest && { stepId: e.lowest.stepId, personaId: e.personaId }),
            cells: [
              personas.get(e.personaId)?.name ?? '',
              e.lowest
                ? e.lowestAlso.length
                  ? A('emotions.atTie', { score: signed(e.lowest.score), steps: list([e.lowest.stepId, ...e.lowestAlso].map(step)) })
                  : A('emotions.at', { score: signed(e.lowest.score), step: step(e.lowest.stepId) })
                : '—',
              e.end ? A('emotions.at', { score: signed(e.end.score), step: step(e.end.stepId) }) : '—',
              e.sharpestDrop
                ? A('emotions.dropText', { drop: num(e.sharpestDrop.drop), from: step(e.sharpestDrop.fromStepId), to: step(e.sharpestDrop.toStepId) })
                : '—',
            ],
          })),
        },
        {
          id: 'emotion-gaps',
          caption: A('emotions.gaps'),
          columns: [A('emotions.persona'), A('stage'), A('emotions.asIs'), A('emotions.toBe'), A('emotions.difference')],
          rows: emotions.flatMap((e) =>
            e.stages
              .filter((s) => s.asIs !== null || s.toBe !== null)
              .map((s) => ({
                cells: [
                  personas.get(e.personaId)?.name ?? '',
                  stage(s.stageId),
                  s.asIs === null ? '—' : signed(s.asIs),
                  s.toBe === null ? '—' : signed(s.toBe),
                  s.difference === null ? '—' : signed(s.difference),
                ],
              })),
          ),
        },
        {
          id: 'emotion-problems',
          caption: A('emotions.atProblem'),
          columns: [A('emotions.persona'), A('step'), A('emotions.score'), A('card')],
          rows: emotions.flatMap((e) =>
            e.lowsAtProblems.flatMap((low) =>
              low.cardIds.map((id) => ({
                cardId: id,
                cells: [personas.get(e.personaId)?.name ?? '', step(low.stepId), signed(low.score), text(id)],
              })),
            ),
          ),
        },
      ],
    },
    {
      id: 'evidence',
      title: A('evidence.title'),
      notes: [],
      tables: [
        {
          id: 'evidence-lanes',
          caption: A('evidence.perLane'),
          columns: [A('lane'), A('evidence.observed'), A('evidence.assumed'), A('evidence.proposed'), A('evidence.unset'), A('evidence.total')],
          rows: [...evidence.lanes.map((l) => ({ name: lane(l.laneId), counts: l })), { name: A('time.totals'), counts: evidence.totals }].map(
            ({ name, counts }) => ({
              cells: [
                name,
                ...(['observed', 'assumed', 'proposed', 'unset'] as const).map((k) =>
                  counts.total ? `${counts[k]} (${pct.format(counts[k] / counts.total)})` : '0',
                ),
                String(counts.total),
              ],
            }),
          ),
        },
        { id: 'open-questions', caption: A('evidence.questions'), columns: cardColumns, rows: cardRows(evidence.openQuestions) },
        { id: 'unsourced', caption: A('evidence.unsourced'), columns: cardColumns, rows: cardRows(evidence.unsourced) },
      ],
    },
  ];
  const metrics = metricsSection(board, t, locale);
  if (metrics) sections.push(metrics);
  return sections;
}

/** The registers offered as CSV files, by table id. */
export const CSV_REGISTERS: readonly string[] = ['touchpoints', 'failures', 'time-steps', 'handoffs', 'metric-steps'];

/** A table as CSV; cells that are plain numbers (also signed: "+3") are written as numbers for spreadsheets. */
export function tableToCsv(table: AnalysisTable): string {
  const value = (cell: string) => (/^[+-]?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell);
  return toCsv([table.columns, ...table.rows.map((r) => r.cells.map(value))]);
}
