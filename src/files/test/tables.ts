// Shared by the table tests: the catalogues' words, a tricky board, and what a board is as a table keeps it.
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import { MARKER_KINDS, updateCard, type Board } from '../../model';
import { sample } from '../../model/test/fixtures';
import type { CsvLabels } from '../csv';
import { TABLE_FIELDS } from '../boardTable';
import { importNames } from '../importNames';

const catalogues: Record<string, unknown> = { en, 'zh-CN': zhCN };
export const lookup = (key: string, language: string) =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], catalogues[language]) as string;
export const all = importNames(lookup, ['en', 'zh-CN'], 'en');
export const names = all.table;
export const utf8 = (text: string) => new TextEncoder().encode(text);
export const rows = (text: string) => text.split('\n').map((line) => line.split('|'));

/** Headers and values as the app shows them in a language (what the export dialog writes). */
export const labelsIn = (language: string): CsvLabels => ({
  column: (key) => lookup(`csv.${key}`, language),
  laneKind: (kind) => lookup(`laneKind.${kind}`, language),
  option: (field, option) => lookup(`${field.optionKey}${option}`, language),
  marker: (kind) => lookup(`card.${kind}`, language),
});

/** GB18030 bytes of a text (what Excel saves Chinese CSV as), found by decoding every two-byte code. */
export function gb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const codes = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) codes.set(decoder.decode(new Uint8Array([a, b])), [a, b]);
  return new Uint8Array([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : codes.get(c)!)));
}

/** What a board is, as the table keeps it: places by name, and each card's fields and markers. */
export function content(board: Board) {
  const step = (id: string) => board.steps.find((s) => s.id === id)!;
  const stage = (id: string) => board.stages.find((s) => s.id === step(id).stageId)!.name;
  const lane = (id: string) => board.lanes.find((l) => l.id === id)!;
  return {
    stages: board.stages.map((s) => s.name),
    steps: board.steps.map((s) => `${board.stages.find((x) => x.id === s.stageId)!.name} / ${s.name}`),
    lanes: board.lanes.map((l) => `${l.kind}: ${l.name}`),
    cards: board.cards
      .map((c) =>
        JSON.stringify([
          stage(c.stepId),
          step(c.stepId).name,
          lane(c.laneId).name,
          c.text,
          MARKER_KINDS.filter((m) => c[m]),
          TABLE_FIELDS.map((f) => f.get(c) ?? null),
        ]),
      )
      .sort(),
  };
}

/** The sample with what tables must carry: a wait point without minutes, formulas, line breaks, choices, tags. */
export function tricky(): Board {
  let b = sample();
  const [a, c, d] = [b.cards[5]!.id, b.cards[12]!.id, b.cards[2]!.id];
  b = updateCard(b, a, { text: 'Reserves, "online"\nor by phone', owner: '预订系统', tags: ['web', '高峰'], evidence: 'assumed' });
  b = updateCard(b, c, { text: '=SUM(A1)', durationMinutes: 3, cost: 2.5, servqual: 'responsiveness', wait: {} });
  b = updateCard(b, d, { failure: { severity: 3, cause: 'No table', recovery: '+1 free drink' } });
  // A step with no card and a lane with none keep their places.
  b = { ...b, steps: [...b.steps, { id: 'st_empty', stageId: b.stages[0]!.id, name: 'Waiting list' }] };
  return { ...b, lanes: [...b.lanes, { id: 'ln_empty', kind: 'text', name: 'Ideas' }] };
}
