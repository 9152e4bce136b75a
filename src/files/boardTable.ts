import {
  buildBoard,
  CARD_FIELDS,
  EMOTION_MAX,
  EMOTION_MIN,
  LANE_KINDS,
  MARKER_KINDS,
  MARKER_DEFAULTS,
  PERSONA_COLORS,
  STAGE_COLORS,
  newId,
  type Board,
  type Card,
  type CardField,
  type FieldValue,
  type LaneKind,
  type MarkerKind,
} from '../model';

/**
 * A board from a table, the way teams keep maps in spreadsheets. Two shapes are read:
 *  - long: one row per card, with columns such as stage, step, lane and text, and any of the
 *    card's fields (the board CSV this app exports is one);
 *  - grid: the blueprint as it looks, lanes down the first column and steps across a header row
 *    (an optional row of stages above it; a merged stage cell is its first cell, the rest empty),
 *    each line of a cell a card.
 * Pure: the caller reads the file (CSV, a spreadsheet's sheet) into rows of text first.
 */

/** The columns a long table may have: where a card goes, then its fields that have a column. */
export const TABLE_FIELDS = CARD_FIELDS.filter((f): f is CardField & { column: string } => !!f.column);
export const PLACE_KEYS = ['stage', 'step', 'laneKind', 'lane'] as const;
/** Extra columns: which markers a card has (so a wait point without minutes survives), and an emotion −2…+2 at the step. */
export const EXTRA_KEYS = ['markers', 'emotion'] as const;
export type TableColumn = (typeof PLACE_KEYS)[number] | (typeof EXTRA_KEYS)[number] | string;

/** The words files use, in every language the app has (the UI gathers them from its catalogues). */
export interface TableNames {
  /** Each column's names: its stored name (`touchpoint channel`) and its header in each language. */
  columns: Record<string, readonly string[]>;
  /** Each lane kind's names in each language, and the short words teams use ("Frontstage", "前台"). */
  laneKinds: Record<LaneKind, readonly string[]>;
  /** Each choice field's options by their names in each language (`servqual` → `reliability` → […]). */
  options: Record<string, Record<string, readonly string[]>>;
  /** Each marker's names in each language. */
  markers: Record<MarkerKind, readonly string[]>;
  /** The persona an emotion column is for, in the user's language. */
  persona: string;
  /** The name of a step, stage or lane a file does not name ("Step 3"). */
  unnamed(kind: 'stage' | 'step' | 'lane', n: number): string;
}

export const TABLE_PROBLEMS = ['noText', 'notNumber', 'outOfRange', 'unknownOption', 'badDate', 'tooLong', 'noPlace'] as const;
export type TableProblemCode = (typeof TABLE_PROBLEMS)[number];
/** A cell that cannot be read: its row (the first is 1) and column (its header, or its letter), what is wrong, the cell. */
export interface TableProblem {
  row: number;
  column: string;
  code: TableProblemCode;
  value: string;
}

/**
 * The words of every language for a table's columns, lane kinds, choices and markers, from a
 * translator that can answer in each language (`lookup(key, language)`; a key it lacks comes
 * back as itself); names the file leaves out are made in `language`.
 */
export function tableNames(lookup: (key: string, language: string) => string, languages: readonly string[], language: string): TableNames {
  const all = (key: string) => languages.map((l) => lookup(key, l)).filter((w) => w && w !== key);
  const words = (key: string) => all(key).flatMap((w) => w.split(/[,，]/));
  const keys = [...PLACE_KEYS, ...TABLE_FIELDS.map((f) => f.key), ...EXTRA_KEYS];
  const raw = (key: string) => TABLE_FIELDS.find((f) => f.key === key)?.column ?? (key === 'laneKind' ? 'lane kind' : key);
  const byKey = <K extends string>(list: readonly K[], value: (k: K) => readonly string[]) =>
    Object.fromEntries(list.map((k) => [k, value(k)])) as Record<K, readonly string[]>;
  return {
    columns: byKey(keys, (k) => [raw(k), ...all(`csv.${k}`), ...words(`tableImport.columnWords.${k}`)]),
    laneKinds: byKey(LANE_KINDS, (k) => [lookup(`laneKind.${k}`, language), ...all(`laneKind.${k}`), ...words(`tableImport.laneWords.${k}`)]),
    options: Object.fromEntries(
      TABLE_FIELDS.flatMap((f) => (f.kind === 'choice' ? [[f.key, byKey(f.options, (o) => all(`${f.optionKey}${o}`))]] : [])),
    ),
    markers: byKey(MARKER_KINDS, (m) => all(`card.${m}`)),
    persona: lookup('tableImport.persona', language),
    unnamed: (kind, n) => lookup(`tableImport.unnamed.${kind}`, language).replace('{{n}}', String(n)),
  };
}

export type TableRead =
  | { ok: true; board: Board; form: 'long' | 'grid'; problems: TableProblem[]; problemCount: number }
  | { ok: false; reason: 'empty' | 'noColumns' | 'noCards' };

/** Problems listed one by one; the rest are counted. */
const LISTED = 200;
const MAX_NAME = 500;
const MAX_TEXT = 20_000;

/** Names compared as people mean them: case, width, spacing and punctuation at the ends aside. */
export const normal = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .replace(/^[\s:：.,，、*#-]+|[\s:：.,，、*-]+$/g, '');

/** A lookup from any of its names (normalised) to its key. */
function lookup<K extends string>(byKey: Record<K, readonly string[]>): Map<string, K> {
  const out = new Map<string, K>();
  for (const [key, names] of Object.entries(byKey) as [K, readonly string[]][])
    for (const n of [key, ...names]) if (normal(n)) out.set(normal(n), key);
  return out;
}

export function tableToBoard(rows: readonly (readonly string[])[], names: TableNames, title: string): TableRead {
  const filled = rows.filter((r) => r.some((c) => c.trim() !== ''));
  if (!filled.length) return { ok: false, reason: 'empty' };
  const headerAt = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  const builder = boardBuilder(names, title);
  const header = rows[headerAt]!.map((c) => builder.columnOf(c) ?? null);
  if (header.includes('text') && (header.includes('step') || header.includes('lane'))) readLong(rows, headerAt, header, builder);
  else if (!readGrid(rows, headerAt, builder)) return { ok: false, reason: 'noColumns' };
  const board = builder.finish();
  if (!board.cards.length && !board.steps.length) return { ok: false, reason: 'noCards' };
  return { ok: true, board, form: builder.form, problems: builder.problems.slice(0, LISTED), problemCount: builder.problems.length };
}

type Builder = ReturnType<typeof boardBuilder>;

/** The board as the rows name it: stages, steps and lanes made in the order first named. */
function boardBuilder(names: TableNames, title: string) {
  const kindOf = lookup(names.laneKinds);
  const columnOf = lookup(names.columns);
  const markerOf = lookup(names.markers);
  const optionOf = Object.fromEntries(Object.entries(names.options).map(([field, options]) => [field, lookup(options)]));
  const board: Board = buildBoard({ title: title.slice(0, MAX_NAME) || names.unnamed('stage', 1), stages: [], lanes: [] });
  const problems: TableProblem[] = [];
  const stages = new Map<string, string>();
  const steps = new Map<string, string>();
  const lanes = new Map<string, string>();
  const named = (value: string, row: number, column: string) => {
    const name = value.trim();
    if (name.length > MAX_NAME) problems.push({ row, column, code: 'tooLong', value: `${name.slice(0, 40)}…` });
    return name.slice(0, MAX_NAME);
  };
  const api = {
    form: 'long' as 'long' | 'grid',
    problems,
    stage(name: string) {
      const key = normal(name) || '';
      let id = stages.get(key);
      if (!id) {
        id = newId('sg_');
        stages.set(key, id);
        board.stages.push({
          id,
          name: name || names.unnamed('stage', board.stages.length + 1),
          color: STAGE_COLORS[board.stages.length % STAGE_COLORS.length],
        });
      }
      return id;
    },
    /** A step by its name within its stage (two stages may have steps of the same name). */
    step(stageId: string, name: string) {
      const key = `${stageId}\u0000${normal(name)}`;
      let id = steps.get(key);
      if (!id) {
        id = newId('st_');
        steps.set(key, id);
        board.steps.push({ id, stageId, name: name || names.unnamed('step', board.steps.length + 1) });
      }
      return id;
    },
    /** A lane by its name; its kind as given, else as its name says, else a lane of notes. */
    lane(name: string, kindName = '') {
      const named = kindOf.get(normal(kindName)) ?? kindOf.get(normal(name)) ?? 'text';
      // A metric lane needs a metric a table cannot give: its cards go in a lane of notes.
      const kind: LaneKind = named === 'metric' ? 'text' : named;
      const key = `${normal(name)}\u0000${kind}`;
      let id = lanes.get(key);
      if (!id) {
        id = newId('ln_');
        lanes.set(key, id);
        board.lanes.push({ id, kind, name: name || names.unnamed('lane', board.lanes.length + 1) });
      }
      return id;
    },
    named,
    /** The column a header names, if any. */
    columnOf: (cell: string) => columnOf.get(normal(cell)),
    card(laneId: string, stepId: string, text: string): Card {
      const card: Card = {
        id: newId('cd_'),
        laneId,
        stepId,
        order: board.cards.filter((c) => c.laneId === laneId && c.stepId === stepId).length,
        text,
      };
      board.cards.push(card);
      return card;
    },
    /** A field's cell on a card; a value that is not one the field takes is a problem, the card kept without it. */
    field(card: Card, field: CardField, raw: string, row: number, column: string) {
      const cell = raw.trim();
      if (!cell) return;
      let value: FieldValue;
      if (field.kind === 'number' || field.kind === 'level') {
        const n = Number(cell.replace(',', '.'));
        if (!Number.isFinite(n)) return void problems.push({ row, column, code: 'notNumber', value: cell });
        const max = field.kind === 'level' ? field.levels : Infinity;
        const min = field.kind === 'level' ? 1 : (field.min ?? -Infinity);
        if (n < min || n > max) return void problems.push({ row, column, code: 'outOfRange', value: cell });
        value = n;
      } else if (field.kind === 'choice') {
        value = optionOf[field.key]?.get(normal(cell));
        if (!value) return void problems.push({ row, column, code: 'unknownOption', value: cell });
      } else if (field.kind === 'date') {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(cell)) return void problems.push({ row, column, code: 'badDate', value: cell });
        value = cell;
      } else if (field.kind === 'tags')
        value = cell
          .split(/[;；]/)
          .map((s) => s.trim())
          .filter(Boolean);
      else if (field.kind === 'text' && cell.length > MAX_TEXT)
        return void problems.push({ row, column, code: 'tooLong', value: `${cell.slice(0, 40)}…` });
      else value = cell;
      // A marker's field switches its marker on (a channel makes a touchpoint).
      if (field.marker && !card[field.marker]) Object.assign(card, { [field.marker]: { ...MARKER_DEFAULTS[field.marker] } });
      Object.assign(card, field.patch(card, value));
    },
    markers(card: Card, cell: string, row: number, column: string) {
      for (const word of cell
        .split(/[;；,，、]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        const marker = markerOf.get(normal(word)) as MarkerKind | undefined;
        if (!marker) problems.push({ row, column, code: 'unknownOption', value: word });
        else if (!card[marker]) Object.assign(card, { [marker]: { ...MARKER_DEFAULTS[marker] } });
      }
    },
    emotion(stepId: string, cell: string, row: number, column: string) {
      const score = Number(cell.trim().replace(',', '.'));
      if (!Number.isFinite(score)) return void problems.push({ row, column, code: 'notNumber', value: cell });
      if (score < EMOTION_MIN || score > EMOTION_MAX) return void problems.push({ row, column, code: 'outOfRange', value: cell });
      let persona = board.personas[0];
      if (!persona) board.personas.push((persona = { id: newId('ps_'), name: names.persona, color: PERSONA_COLORS[0] }));
      const at = board.emotions.find((e) => e.stepId === stepId && e.personaId === persona.id);
      const snapped = Math.round(score * 2) / 2;
      if (at) at.score = snapped;
      else board.emotions.push({ id: newId('em_'), personaId: persona.id, stepId, score: snapped });
    },
    board: () => board,
    /** The board once every row is read: emotions get a lane to be drawn in, below the others, when the table named none. */
    finish() {
      if (board.emotions.length && !board.lanes.some((l) => l.kind === 'emotion')) api.lane(names.laneKinds.emotion[0] ?? 'Emotions', 'emotion');
      return board;
    },
  };
  return api;
}

/** One row per card (or per stage, step or lane with none: how a file keeps an empty one). */
function readLong(rows: readonly (readonly string[])[], headerAt: number, header: (string | null)[], b: Builder) {
  const at = (key: string) => header.indexOf(key);
  const [stageCol, stepCol, kindCol, laneCol, textCol, markersCol, emotionCol] = [
    'stage',
    'step',
    'laneKind',
    'lane',
    'text',
    'markers',
    'emotion',
  ].map(at) as [number, number, number, number, number, number, number];
  const fields = TABLE_FIELDS.filter((f) => f.key !== 'text')
    .map((f) => ({ f, col: at(f.key) }))
    .filter((x) => x.col >= 0);
  const headerText = rows[headerAt]!;
  const cell = (r: readonly string[], col: number) => (col >= 0 ? (r[col] ?? '') : '');
  let lastStage = '';
  for (let i = headerAt + 1; i < rows.length; i++) {
    const r = rows[i]!;
    if (!r.some((c) => c.trim())) continue;
    const row = i + 1;
    const name = (col: number) => b.named(cell(r, col), row, headerText[col] ?? '');
    const stageName = stageCol >= 0 ? name(stageCol) || lastStage : '';
    lastStage = stageName;
    const stepName = name(stepCol);
    const laneName = name(laneCol);
    const kindName = cell(r, kindCol).trim();
    const text = cell(r, textCol);
    const stageId = stageName || stepName ? b.stage(stageName) : null;
    const stepId = stageId && stepName ? b.step(stageId, stepName) : null;
    const laneId = laneName || kindName ? b.lane(laneName, kindName) : null;
    if (stepId && emotionCol >= 0 && cell(r, emotionCol).trim()) b.emotion(stepId, cell(r, emotionCol), row, headerText[emotionCol]!);
    if (!text.trim()) {
      // A row naming only places keeps them (an empty step or lane); one with fields but no text is a problem.
      if (fields.some(({ col }) => cell(r, col).trim())) b.problems.push({ row, column: headerText[textCol]!, code: 'noText', value: '' });
      continue;
    }
    if (text.length > MAX_TEXT) {
      b.problems.push({ row, column: headerText[textCol]!, code: 'tooLong', value: `${text.slice(0, 40)}…` });
      continue;
    }
    if (!stepId || !laneId) {
      b.problems.push({
        row,
        column: headerText[!stepId ? Math.max(stepCol, 0) : Math.max(laneCol, 0)] ?? '',
        code: 'noPlace',
        value: text.slice(0, 40),
      });
      continue;
    }
    const card = b.card(laneId, stepId, text.trim());
    if (markersCol >= 0) b.markers(card, cell(r, markersCol), row, headerText[markersCol]!);
    for (const { f, col } of fields) b.field(card, f, cell(r, col), row, headerText[col]!);
  }
  b.form = 'long';
}

/** Spreadsheet columns named as spreadsheets name them: A, B, … Z, AA. */
export const columnLetter = (i: number): string => (i >= 26 ? columnLetter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

/**
 * Lanes down, steps across. The header is the first row with names after its first cell; a row
 * above it whose first cell is empty too holds the stages (a merged cell spreads to the right).
 * A lane row with an empty first cell goes on the lane above (a merged lane cell).
 */
function readGrid(rows: readonly (readonly string[])[], headerAt: number, b: Builder): boolean {
  const first = rows[headerAt]!;
  const next = rows[headerAt + 1];
  // A header row leaves its first cell empty or names what is below ("Lane", "Stage", "步骤").
  const label = (cell = '') => !cell.trim() || ['stage', 'step', 'lane', 'laneKind'].includes(b.columnOf(cell) ?? '');
  const headerRow = (r: readonly string[] | undefined) => !!r && label(r[0]) && r.slice(1).some((c) => c.trim());
  // Two header rows (stages, then steps) when both are header rows and lanes follow.
  const twoRows = headerRow(first) && headerRow(next) && rows.slice(headerAt + 2).some((r) => r[0]?.trim());
  const stageRow = twoRows ? first : null;
  const stepRow = twoRows ? next! : first;
  const width = Math.max(...rows.map((r) => r.length));
  if (width < 2) return false;
  const stepIds: (string | null)[] = [];
  let stageName = '';
  for (let col = 1; col < width; col++) {
    const stage = stageRow?.[col]?.trim();
    if (stage) stageName = b.named(stage, headerAt + 1, columnLetter(col));
    const stepName = b.named(stepRow[col] ?? '', headerAt + (twoRows ? 2 : 1), columnLetter(col));
    const hasCards = rows.slice(headerAt + (twoRows ? 2 : 1)).some((r) => r[col]?.trim());
    stepIds.push(stepName || hasCards ? b.step(b.stage(stageName), stepName) : null);
  }
  let laneId: string | null = null;
  for (let i = headerAt + (twoRows ? 2 : 1); i < rows.length; i++) {
    const r = rows[i]!;
    if (!r.some((c) => c.trim())) continue;
    const row = i + 1;
    const laneName = b.named(r[0] ?? '', row, 'A');
    if (laneName) laneId = b.lane(laneName);
    for (let col = 1; col < r.length; col++) {
      const cell = r[col] ?? '';
      if (!cell.trim()) continue;
      const stepId = stepIds[col - 1];
      if (!laneId || !stepId) {
        b.problems.push({ row, column: columnLetter(col), code: 'noPlace', value: cell.slice(0, 40) });
        continue;
      }
      const lane = b.board().lanes.find((l) => l.id === laneId)!;
      if (lane.kind === 'emotion') {
        b.emotion(stepId, cell, row, columnLetter(col));
        continue;
      }
      // One card per line of a cell.
      for (const line of cell.split(/\r\n|\r|\n/)) {
        const text = line.trim();
        if (!text) continue;
        if (text.length > MAX_TEXT) b.problems.push({ row, column: columnLetter(col), code: 'tooLong', value: `${text.slice(0, 40)}…` });
        else b.card(laneId, stepId, text);
      }
    }
  }
  b.form = 'grid';
  return true;
}
