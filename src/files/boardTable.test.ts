import { cpuMs } from '../../test/support/cpuTime';
import { describe, expect, it } from 'vitest';
import { validateBoard } from '../model';
import { boardToCsv } from './csv';
import { tableToBoard } from './boardTable';
import { all, content, gb18030, labelsIn, names, rows, tricky, utf8 } from './test/tables';
import { MAX_TABLE_ROWS, readBoardCsv } from './tableImport';
import { readImportFile } from './import';

describe('a board from a table', () => {
  it('reads back the board CSV this app exports, in English and in Chinese: stages, steps, lanes, cards, fields and markers', async () => {
    const board = tricky();
    for (const labels of [undefined, labelsIn('en'), labelsIn('zh-CN')]) {
      const read = readBoardCsv(utf8(boardToCsv(board, labels)), names, 'Restaurant');
      if (!read.ok) throw new Error(JSON.stringify(read.errors));
      expect(read.form).toBe('long');
      expect(read.problems).toEqual([]);
      expect(validateBoard(read.board).ok).toBe(true);
      const [got, want] = [content(read.board), content(board)];
      expect(got.stages).toEqual(want.stages);
      // Steps and lanes in the board's order, the empty ones included.
      expect(got.steps).toEqual(want.steps);
      expect(got.lanes).toEqual(want.lanes);
      expect(got.cards).toEqual(want.cards);
    }
  });

  it('reads the common shape other tools write: stage, step, lane and text, lane kinds from names in either language', () => {
    const read = tableToBoard(
      rows(
        [
          'Phase|Step|Swimlane|Card|Touchpoint channel|Importance|Wait minutes|Failure severity|Owner|Emotion',
          'Before|Book|Customer|Books a table online|web|4|||Guest|1',
          '|Book|前台|Confirms by SMS|||||Host|',
          'Visit|Arrive|Back office|Prepares the table||||2|Kitchen|-1.5',
          'Visit|Arrive|Backstage|Checks the stock|||10|||',
          'Visit|Arrive|Marketing|Sends a coupon|||||',
        ].join('\n'),
      ),
      names,
      'Restaurant',
    );
    if (!read.ok) throw new Error(read.reason);
    expect(read.board.title).toBe('Restaurant');
    expect(read.board.stages.map((s) => s.name)).toEqual(['Before', 'Visit']);
    expect(read.board.lanes.map((l) => [l.kind, l.name])).toEqual([
      ['customer', 'Customer'],
      ['frontstage', '前台'],
      ['backstage', 'Back office'],
      ['backstage', 'Backstage'],
      ['text', 'Marketing'], // a lane no kind is known for: a lane of notes
      ['emotion', 'Emotions'],
    ]);
    const card = (text: string) => read.board.cards.find((c) => c.text === text)!;
    expect(card('Books a table online').touchpoint).toEqual({ channel: 'web', importance: 4 });
    expect(card('Confirms by SMS').stepId).toBe(card('Books a table online').stepId); // an empty stage cell is the stage above
    expect(card('Prepares the table').failure).toEqual({ severity: 2 });
    expect(card('Checks the stock').wait).toEqual({ minutes: 10 });
    expect(read.board.emotions.map((e) => e.score)).toEqual([1, -1.5]);
    expect(read.board.personas.map((p) => p.name)).toEqual(['Customer']);
    expect(validateBoard(read.board).ok).toBe(true);
  });

  it('reads the grid a designer draws: merged stage cells, empty cells, line breaks in cells, merged lane cells, an emotion row', () => {
    const csv = [
      ',Arrive,,Visit,',
      ',Book,Travel,Check in,Wait',
      'Customer actions,"Books online\nGets a reminder",,Checks in at the desk,Waits',
      'Frontstage,,,Greets,',
      ',,,Checks the ID,',
      'Emotions,1,,-1,-2',
      '',
      'Support processes,,,Booking system,',
    ].join('\r\n');
    const read = readBoardCsv(utf8(csv), names, 'Clinic');
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.form).toBe('grid');
    const c = content(read.board);
    expect(c.stages).toEqual(['Arrive', 'Visit']);
    expect(c.steps).toEqual(['Arrive / Book', 'Arrive / Travel', 'Visit / Check in', 'Visit / Wait']);
    expect(c.lanes).toEqual(['customer: Customer actions', 'frontstage: Frontstage', 'emotion: Emotions', 'support: Support processes']);
    const inCell = (lane: string, step: string) =>
      read.board.cards
        .filter(
          (x) => read.board.lanes.find((l) => l.id === x.laneId)!.name === lane && read.board.steps.find((s) => s.id === x.stepId)!.name === step,
        )
        .map((x) => x.text);
    expect(inCell('Customer actions', 'Book')).toEqual(['Books online', 'Gets a reminder']);
    expect(inCell('Frontstage', 'Check in')).toEqual(['Greets', 'Checks the ID']);
    expect(read.board.emotions.map((e) => [read.board.steps.find((s) => s.id === e.stepId)!.name, e.score])).toEqual([
      ['Book', 1],
      ['Check in', -1],
      ['Wait', -2],
    ]);
    expect(read.board.cards).toHaveLength(7);
    expect(validateBoard(read.board).ok).toBe(true);
  });

  it('lists every cell it cannot read with its row and column, and keeps the rest', () => {
    const read = tableToBoard(
      rows(
        [
          'Step|Lane|Text|Importance|Failure severity|Touchpoint channel|Due date|Markers',
          'Book|Customer|Books|high|||||',
          'Book|Customer|Calls|3|7|pigeon||touchpoint; teleport',
          'Book|Customer||4|||||',
          'Pay|Solutions|Pay by app||||next week|',
          '|Customer|Nowhere||||||',
        ].join('\n'),
      ),
      names,
      'x',
    );
    if (!read.ok) throw new Error(read.reason);
    expect(read.problems).toEqual([
      { row: 2, column: 'Importance', code: 'notNumber', value: 'high' },
      { row: 3, column: 'Markers', code: 'unknownOption', value: 'teleport' },
      { row: 3, column: 'Touchpoint channel', code: 'unknownOption', value: 'pigeon' },
      { row: 3, column: 'Failure severity', code: 'outOfRange', value: '7' },
      { row: 4, column: 'Text', code: 'noText', value: '' },
      { row: 5, column: 'Due date', code: 'badDate', value: 'next week' },
      { row: 6, column: 'Step', code: 'noPlace', value: 'Nowhere' },
    ]);
    expect(read.board.cards.map((c) => c.text)).toEqual(['Books', 'Calls', 'Pay by app']);
    expect(read.board.cards[1]!.touchpoint).toEqual({ channel: 'in-person', importance: 3 }); // the marker named, its bad channel left out
  });

  it('keeps formulas as text, reads Chinese headers in GB18030, refuses what is not a table and a million rows at once', async () => {
    const zh = '阶段,步骤,泳道,文本\r\n预订,订座,顾客,"=HYPERLINK(""http://x"",""点我"")"\r\n预订,订座,后台,确认\r\n';
    const read = readBoardCsv(gb18030(zh), names, '餐厅');
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.encoding).toBe('gb18030');
    expect(read.board.cards.map((c) => c.text)).toEqual(['=HYPERLINK("http://x","点我")', '确认']);
    expect(read.board.lanes.map((l) => l.kind)).toEqual(['customer', 'backstage']);
    // What this app's export defused (a leading ') comes back as it was typed.
    expect(readBoardCsv(utf8("step,lane,text\nA,Customer,'=1+1\nA,Customer,'plain\n"), names, 'x')).toMatchObject({
      ok: true,
      board: { cards: [{ text: '=1+1' }, { text: "'plain" }] },
    });

    expect(readBoardCsv(utf8('hello world\njust a sentence\n'), names, 'x')).toMatchObject({ ok: false, errors: [{ code: 'tableNoColumns' }] });
    expect(readBoardCsv(utf8('\n\n'), names, 'x')).toMatchObject({ ok: false, errors: [{ code: 'tableEmpty' }] });
    expect(readBoardCsv(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), names, 'x')).toMatchObject({ ok: false, errors: [{ code: 'binary' }] });
    const million = utf8(`step,lane,text\n${'A,Customer,x\n'.repeat(1_000_000)}`);
    const refused = cpuMs(() => readBoardCsv(million, names, 'x'));
    expect(refused.result).toMatchObject({ ok: false, errors: [{ code: 'tableTooManyRows', params: { max: MAX_TABLE_ROWS } }] });
    expect(refused.ms).toBeLessThan(3000);

    // A file is named after itself.
    const file = new File([utf8('step,lane,text\nA,Customer,x\n')], 'Clinic visit.csv', { type: 'text/csv' });
    expect(await readImportFile(file, all)).toMatchObject({ ok: true, boards: [{ title: 'Clinic visit' }], table: { form: 'long' } });
  });
});
