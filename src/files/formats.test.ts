import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { addPersona, BOARD_VERSION, setEmotion, updateCard, validateBoard } from '../model';
import { sample } from '../model/test/fixtures';
import { boardToCsv, toCsv } from './csv';
import { boardToMermaid, mermaidToBoard } from './mermaid';
import { readImportFile, readImportText } from './import';
import { backupToJson, boardToJson } from './json';

const golden = (name: string) => readFileSync(`test/fixtures/${name}`, 'utf8');

/** The sample with the awkward content exports must survive: commas, quotes, line breaks, CJK, formulas. */
function tricky() {
  let b = sample();
  const [a, c] = [b.cards[5]!.id, b.cards[12]!.id];
  b = updateCard(b, a, { text: 'Reserves, "online"\nor by phone', owner: '预订系统', tags: ['web', '高峰'], evidence: 'assumed' });
  b = updateCard(b, c, { text: '=SUM(A1)', durationMinutes: 3, cost: 2.5, servqual: 'responsiveness' });
  b = updateCard(b, c, { wait: { minutes: 5 } });
  b = addPersona(b, { name: 'Guest: #1; VIP', id: 'p1' });
  b = addPersona(b, { name: 'Child', id: 'p2' });
  b = setEmotion(b, { personaId: 'p1', stepId: b.steps[0]!.id, score: 1 });
  b = setEmotion(b, { personaId: 'p2', stepId: b.steps[0]!.id, score: 1 });
  b = setEmotion(b, { personaId: 'p1', stepId: b.steps[2]!.id, score: -2, note: 'slow' });
  b = setEmotion(b, { personaId: 'p2', stepId: b.steps[2]!.id, score: 0.5 });
  return b;
}

describe('CSV', () => {
  it('defuses every form a spreadsheet evaluates: after spaces or a line break, full-width signs, a leading quote', () => {
    const cells = ['=1+1', ' =1+1', '\n=cmd', '\t+1', '＝SUM(A1)', '＋1', '－1', '＠A1', "'=x", '"=x"', '\u3000@x', 'plain', 'a=b'];
    const line = toCsv([cells])
      .replace(/^\uFEFF/, '')
      .trim();
    // Every risky cell now begins with ' inside the field (quoted or not); the plain ones are as they were.
    const risky = cells.slice(0, 11).map((c) => toCsv([[c]]).replace(/^\uFEFF"?/, ''));
    for (const r of risky) expect(r.startsWith("'")).toBe(true);
    expect(line.endsWith(',plain,a=b')).toBe(true);
    expect(toCsv([[-3]])).toBe('\uFEFF-3\r\n'); // a number stays a number
  });

  it('matches the golden file: BOM, CRLF, quoting, CJK, defused formulas', () => {
    expect(boardToCsv(tricky())).toBe(golden('restaurant.csv'));
  });
});

describe('Mermaid journey', () => {
  it('matches the golden file', () => {
    expect(boardToMermaid(tricky())).toBe(golden('restaurant.mmd'));
  });

  it('round-trips stages, steps, personas and scores', () => {
    const text = boardToMermaid(tricky());
    const r = mermaidToBoard(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(validateBoard(r.board).ok).toBe(true);
    expect(r.board.stages.map((s) => s.name)).toEqual(['Before', 'Visit', 'After']);
    expect(r.board.steps.map((s) => s.name)).toEqual(['Reservation', 'Arrival', 'Ordering', 'Meal', 'Payment']);
    expect(r.board.personas.map((p) => p.name)).toEqual(['Guest - No.1 VIP', 'Child']);
    const score = (persona: string, step: string) =>
      r.board.emotions.find(
        (e) => e.personaId === r.board.personas.find((p) => p.name === persona)!.id && e.stepId === r.board.steps.find((s) => s.name === step)!.id,
      )?.score;
    expect(score('Child', 'Reservation')).toBe(1);
    expect(score('Guest - No.1 VIP', 'Ordering')).toBe(-2);
    expect(score('Child', 'Ordering')).toBe(1); // 0.5 rounds to the 1–5 scale's 4, i.e. +1
    expect(score('Child', 'Arrival')).toBeUndefined(); // a gap stays a gap
    expect(boardToMermaid(r.board).split('\n').slice(2)).toEqual(text.split('\n').slice(2));
  });

  it('reports syntax errors with line numbers', () => {
    const r = mermaidToBoard('journey\n  title T\n  section A\n    Good: 5: Me\n    Bad line without score\n    Worse: 9: Me\n');
    expect(r).toEqual({
      ok: false,
      errors: [
        { path: 'line 5', code: 'mermaidTask', params: { line: 'Bad line without score' }, message: expect.stringContaining('not a task') },
        { path: 'line 6', code: 'mermaidScore', params: { score: '9' }, message: expect.stringContaining('1 to 5') },
      ],
    });
    expect(mermaidToBoard('flowchart LR\n A-->B').ok).toBe(false);
  });

  // The cases of mermaid's own journey parser spec (user-journey/parser/journey.spec.ts).
  const accepted = (text: string) => {
    const r = mermaidToBoard(text);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.board;
  };
  it('reads a title, and single-line accDescr/accTitle as the description', () => {
    expect(mermaidToBoard('journey\ntitle Adding journey diagram functionality to mermaid').ok).toBe(false); // no tasks: nothing to make a board of
    const b = accepted(
      'journey\naccDescr: A user journey for family shopping\ntitle Adding journey diagram functionality to mermaid\nsection Order from website\n  Pay: 3',
    );
    expect(b.title).toBe('Adding journey diagram functionality to mermaid');
    expect(b.description).toBe('A user journey for family shopping');
    const t = accepted('journey\n    accTitle: The title\n    section Order from website\n  Pay: 3');
    expect(t.description).toBe('The title');
  });

  it('reads a multi-line accDescr { … } block, even with the next statement right after "}"', () => {
    const text =
      'journey\naccDescr {\n        A user journey for\n        family shopping\n      }title Adding journey diagram functionality to mermaid\n' +
      'accTitle: Adding acc journey diagram functionality to mermaid\nsection Order from website\n  Pay: 2: Me\n';
    const b = accepted(text);
    expect(b.title).toBe('Adding journey diagram functionality to mermaid');
    expect(b.description).toBe('Adding acc journey diagram functionality to mermaid\n\nA user journey for\nfamily shopping');
    // lines are still counted right after the block: the broken task is line 9
    expect(mermaidToBoard(`${text}  Broken`)).toEqual({
      ok: false,
      errors: [{ path: 'line 9', code: 'mermaidTask', params: { line: expect.any(String) }, message: expect.stringContaining('not a task') }],
    });
  });

  it('reads tasks with actors, without actors and with an empty actor list; <br> in names; comments', () => {
    const b = accepted(
      '%% a comment\nJOURNEY\ntitle Adding gantt diagram functionality to mermaid\n' +
        'section Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5\n' +
        'A task: 5: Alice, Bob, Charlie\nB task: 3:Bob, Charlie\nC task: 5\nD task: 5: Charlie, Alice # trailing comment\nE task: 5:\n' +
        'section Another section\nP task: 5:\nQ task: 5:\nR task: 5:',
    );
    expect(b.stages.map((s) => s.name)).toEqual(['Line1 Line2 Line3 Line4 Line5', 'Another section']);
    expect(b.steps.map((s) => s.name)).toEqual(['A task', 'B task', 'C task', 'D task', 'E task', 'P task', 'Q task', 'R task']);
    expect(b.personas.map((p) => p.name)).toEqual(['Alice', 'Bob', 'Charlie']);
    const stepOf = (id: string) => b.steps.find((s) => s.id === id)!.name;
    expect(b.emotions.filter((e) => e.personaId === b.personas[1]!.id).map((e) => [stepOf(e.stepId), e.score])).toEqual([
      ['A task', 2],
      ['B task', 0],
    ]);
    expect(b.emotions.filter((e) => ['C task', 'E task', 'P task'].includes(stepOf(e.stepId)))).toEqual([]);
    expect(validateBoard(b).ok).toBe(true);
    expect(readImportText('%% made by hand\njourney\n  section S\n  T: 1\n', 'j.mmd').ok).toBe(true);
  });
});

describe('import', () => {
  const corpus: [string, string, RegExp][] = [
    ['truncated JSON', boardToJson(sample()).slice(0, 300), /not valid JSON/],
    ['wrong types', JSON.stringify({ ...sample(), title: 42 }), /title/],
    ['dangling reference', JSON.stringify({ ...sample(), connectors: [{ id: 'x', from: 'nope', to: 'nada' }] }), /connectors\[0\]\.from/],
    [
      'duplicate ids',
      JSON.stringify(
        (() => {
          const b = sample();
          b.cards[1]!.id = b.cards[0]!.id;
          return b;
        })(),
      ),
      /duplicate id/,
    ],
    [
      'huge string',
      JSON.stringify(
        (() => {
          const b = sample();
          b.cards[0]!.text = 'x'.repeat(30_000);
          return b;
        })(),
      ),
      /cards\[0\]\.text/,
    ],
    ['newer version', JSON.stringify({ ...sample(), version: BOARD_VERSION + 1 }), /newer Blueprint Studio/],
    [
      'backup of a newer version',
      JSON.stringify({ format: 'blueprint-studio/backup', version: 9, boards: [sample()] }),
      /newer Blueprint Studio \(format version 9\)/,
    ],
    [
      'backup without a version',
      JSON.stringify({ format: 'blueprint-studio/backup', boards: [sample()] }),
      /version must be a positive whole number/,
    ],
    ['not a board', JSON.stringify({ hello: 'world' }), /format/],
    ['mermaid syntax', 'journey\n section A\n  task without score\n', /line 3/],
    ['plain text', 'just some notes', /not a Blueprint Studio/],
  ];
  it.each(corpus)('rejects %s with what and where', (_name, text, message) => {
    const r = readImportText(text, 'file.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.file).toBe('file.json');
      expect(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(message);
    }
  });

  it('reads a board, a backup of boards and a Mermaid journey', () => {
    const one = readImportText(boardToJson(sample()), 'a.json');
    expect(one.ok && one.boards).toHaveLength(1);
    const backup = readImportText(backupToJson([sample(), tricky()]), 'all.json');
    expect(backup.ok && backup.boards.map((b) => b.title)).toEqual(['Restaurant visit', 'Restaurant visit']);
    const bad = readImportText(backupToJson([sample(), { ...sample(), version: (BOARD_VERSION + 1) as typeof BOARD_VERSION }]), 'all.json');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]!.path).toBe('boards[1].version');
    expect(readImportText(boardToMermaid(tricky()), 'j.mmd').ok).toBe(true);
  });
});

describe('import of files', () => {
  it('refuses binary files and files over the size limit, naming the file', async () => {
    const binary = await readImportFile(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00, 0xfe])], 'photo.png'));
    expect(binary).toEqual({
      ok: false,
      file: 'photo.png',
      errors: [{ path: '(file)', code: 'notUtf8', message: expect.stringMatching(/not a text file/) }],
    });
    const big = new File(['x'], 'huge.json');
    Object.defineProperty(big, 'size', { value: 60 * 1024 * 1024 });
    expect(await readImportFile(big)).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/too large/) }] });
    expect(await readImportFile(new File(['\uFEFF' + boardToJson(sample())], 'bom.json'))).toMatchObject({ ok: true });
  });
});
