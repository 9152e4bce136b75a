import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { en } from '../i18n/en';
import { addStep, boardDiff, scenarioFigures, updateCard, type Board } from '../model';
import { knownBoard } from '../model/test/knownBoard';
import { compareSection } from './compareTables';
import { tableToCsv, type Translate } from './analysisTables';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
const t = i18n.t.bind(i18n) as unknown as Translate;

function section(b: Board) {
  const a = knownBoard();
  return compareSection({ a, b, names: ['As-is', 'To-be'] }, boardDiff(a, b), scenarioFigures(a, b), t, 'en');
}

describe('the Compare tables', () => {
  it('word each change with its place and what it was before and after, and lead a card row to the scenario holding it', () => {
    const a = knownBoard();
    let b = updateCard(a, 'c3', { text: 'Books a table online', wait: undefined });
    b = addStep(b, { stageId: 'S2', index: 1, id: 'd', name: 'Kiosk' });
    b = {
      ...b,
      cards: b.cards.filter((c) => c.id !== 'c6').map((c) => (c.id === 'c2' ? { ...c, laneId: 'ba' } : c)),
      connectors: b.connectors.filter((c) => c.from !== 'c6' && c.to !== 'c6'),
    };
    const [changes] = section(b).tables;
    const rows = Object.fromEntries(changes!.rows.map((r) => [r.cells[1], r]));
    expect(changes!.caption).toBe('Changes');
    expect(rows['Books a table online']).toMatchObject({
      cardId: 'c3',
      boardId: 'known',
      cells: ['Changed', 'Books a table online', 'Guest', 'Seat', 'Text: Wait for a table → Books a table online; Wait point: 15 min → (none)'],
    });
    expect(rows['Step “Kiosk”']!.cells).toEqual(['Added', 'Step “Kiosk”', '', 'Kiosk', '']);
    expect(rows.Greet!.cells).toEqual(['Moved', 'Greet', 'Kitchen', 'Arrive', 'Host · Arrive → Kitchen · Arrive']);
    // The removed card is shown where it still is: in the first scenario (the same id here).
    expect(rows['POS system']!.cells.slice(0, 3)).toEqual(['Removed', 'POS system', 'Systems']);
    expect(rows['Connection “Prepare table” → “POS system”']!.cells[0]).toBe('Removed');
    expect(rows['Connection “POS system” → “Prepare table”']!.cells[0]).toBe('Removed');
  });

  it('give each figure in both scenarios with the signed difference and a verdict in words, then per stage; the CSV is the same', () => {
    const a = knownBoard();
    const b = updateCard(a, 'c3', { wait: undefined });
    const [, figures] = section(b).tables;
    expect(figures!.columns).toEqual(['Figure', 'As-is', 'To-be', 'Difference', 'Better or worse']);
    const row = (label: string) => figures!.rows.find((r) => r.cells[0] === label)!.cells;
    expect(row('Waiting')).toEqual(['Waiting', '15 min', '0 min', '-15', 'better']);
    expect(row('Waiting share')).toEqual(['Waiting share', '63%', '0%', '-63%', 'better']);
    expect(row('Cost')).toEqual(['Cost', '15', '15', '0', 'same']);
    expect(row('Lowest emotion (Guest)')).toEqual(['Lowest emotion (Guest)', '-2', '-2', '0', 'same']);
    expect(row('Arrival: Waiting')).toEqual(['Arrival: Waiting', '15 min', '0 min', '-15', 'better']);
    expect(tableToCsv(figures!)).toContain('Arrival: Waiting,15 min,0 min,-15,better');
  });
});
