import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import {
  addCard,
  addMeasurements,
  addMetric,
  deleteLane,
  updateCard,
  deleteMeasurement,
  updateMeasurement,
  validateBoard,
  type Board,
} from '../model';
import { sample } from '../model/test/fixtures';
import { knownBoard } from '../model/test/knownBoard';
import { applyOp, opArb, type OpData } from '../model/test/randomOps';
import { createBoardReader, docFromBoard, readDoc, rootsOf, writeBoard } from './index';
import { boardToJson } from '../files/json';
import { readImportText } from '../files/import';

const LOCAL = Symbol('local');

/** One replica: its doc, a reader and the updates it produced (to deliver to the others). */
function replica(from: Uint8Array) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, from);
  const reader = createBoardReader(doc);
  const sent: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array, origin: unknown) => origin === LOCAL && sent.push(u));
  const undo = new Y.UndoManager(rootsOf(doc), {
    trackedOrigins: new Set([LOCAL]),
    captureTimeout: 0,
  });
  const apply = (op: (b: Board) => Board) => {
    const board = reader.read();
    const next = op(board);
    if (next !== board) doc.transact(() => writeBoard(doc, board, next), LOCAL);
  };
  return { doc, reader, sent, undo, apply };
}

const restrictedOps = (names: readonly OpData[0][]) => opArb.filter(([name]) => names.includes(name));

describe('board ⇄ Y.Doc', () => {
  it('JSON → Y.Doc → JSON is the identity', () => {
    for (const board of [sample(), knownBoard()]) expect(readDoc(docFromBoard(board))).toEqual(board);
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (sequence) => {
        const board = sequence.reduce(applyOp, sample());
        expect(readDoc(docFromBoard(board))).toEqual(board);
      }),
      { numRuns: 300 },
    );
  });

  it('writing each op as a difference keeps the doc equal to the board, read incrementally or afresh', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (sequence) => {
        let board = sample();
        const doc = docFromBoard(board);
        const reader = createBoardReader(doc);
        for (const op of sequence) {
          const next = applyOp(board, op);
          doc.transact(() => writeBoard(doc, board, next));
          board = next;
          expect(reader.read()).toEqual(board);
        }
        expect(readDoc(doc)).toEqual(board);
      }),
      { numRuns: 300 },
    );
  });

  it('one changed card is one new object: everything else is returned as it was', () => {
    const board = sample();
    const doc = docFromBoard(board);
    const reader = createBoardReader(doc);
    const before = reader.read();
    const target = before.cards[2]!;
    doc.transact(() => writeBoard(doc, before, updateCard(before, target.id, { text: 'changed' })));
    const after = reader.read();
    expect(after.cards.filter((c, i) => c !== before.cards[i]).map((c) => c.id)).toEqual([target.id]);
    expect(after.lanes).toBe(before.lanes);
    expect(after.steps).toBe(before.steps);
    expect(reader.read()).toBe(after); // nothing new: the same board
  });

  it('a board exported from its doc is the same file format: the importer of earlier builds reads it unchanged', () => {
    const edited = updateCard(sample(), sample().cards[0]!.id, { text: 'Edited 编辑' });
    const file = boardToJson(readDoc(docFromBoard(edited)));
    const imported = readImportText(file, 'board.json');
    expect(imported.ok && imported.boards[0]).toEqual(edited);
    expect(JSON.parse(file)).toMatchObject({ format: 'blueprint-studio/board', version: edited.version });
  });

  it('a newer writer adding a field it knows keeps it through a read (forward compatible)', () => {
    const board = { ...sample(), futureField: { x: 1 } } as Board;
    expect(readDoc(docFromBoard(board))).toEqual(board);
  });
});

describe('concurrent editing', () => {
  it('2–4 replicas with random delivery order and duplication converge to the same valid board', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.tuple(fc.nat(3), opArb, fc.array(fc.nat(3), { maxLength: 3 })), { maxLength: 40 }),
        fc.array(fc.nat(1000), { minLength: 10, maxLength: 10 }),
        (n, script, shuffle) => {
          const start = Y.encodeStateAsUpdate(docFromBoard(sample()));
          const replicas = Array.from({ length: n }, () => replica(start));
          const inbox = replicas.map(() => [] as Uint8Array[]);
          const deliver = (to: number, k: number) => {
            // Deliver a random part of what is waiting, shuffled, some of it twice.
            const box = inbox[to]!;
            const count = Math.min(box.length, k);
            const chosen = box.splice(0, count).sort((a, b) => ((a.length * 31 + shuffle[count % 10]!) % 7) - ((b.length * 17) % 7));
            for (const u of [...chosen, ...chosen.slice(0, 1)]) Y.applyUpdate(replicas[to]!.doc, u);
          };
          for (const [who, op, deliveries] of script) {
            const r = replicas[who % n]!;
            const sentBefore = r.sent.length;
            r.apply((b) => applyOp(b, op));
            for (const u of r.sent.slice(sentBefore)) inbox.forEach((box, i) => i !== who % n && box.push(u));
            for (const to of deliveries) deliver(to % n, 1 + (shuffle[to % 10]! % 3));
          }
          // Finally everyone receives everything, in reverse order and twice.
          const all = replicas.flatMap((r) => r.sent);
          for (const r of replicas) for (const u of [...all].reverse().concat(all)) Y.applyUpdate(r.doc, u);
          const boards = replicas.map((r) => r.reader.read());
          for (const b of boards) {
            const valid = validateBoard(b);
            if (!valid.ok) throw new Error(JSON.stringify(valid.errors.slice(0, 3)));
            expect(b).toEqual(boards[0]);
            expect(readDoc(replicas[0]!.doc)).toEqual(b); // incremental and fresh reads agree
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('undo on one replica undoes only its own edits', () => {
    // A edits card texts and owners; B edits everything else, concurrently. After merging, A
    // undoing all its steps leaves exactly B's work.
    const mine = restrictedOps(['updateCard']);
    const theirs = restrictedOps([
      'toggleMarker',
      'addLane',
      'renameLane',
      'moveLane',
      'addStep',
      'addStage',
      'addPersona',
      'setEmotion',
      'collapseLane',
      'addCard',
    ]);
    fc.assert(
      fc.property(fc.array(mine, { minLength: 1, maxLength: 10 }), fc.array(theirs, { maxLength: 10 }), (aOps, bOps) => {
        const start = Y.encodeStateAsUpdate(docFromBoard(sample()));
        const [a, b, bOnly] = [replica(start), replica(start), replica(start)];
        aOps.forEach((op) => a.apply((x) => applyOp(x, op)));
        bOps.forEach((op) => b.apply((x) => applyOp(x, op)));
        b.sent.forEach((u) => (Y.applyUpdate(a.doc, u), Y.applyUpdate(bOnly.doc, u)));
        a.sent.forEach((u) => Y.applyUpdate(b.doc, u));
        const bSteps = b.undo.undoStack.length;
        while (a.undo.undoStack.length) a.undo.undo();
        expect(a.reader.read()).toEqual(bOnly.reader.read());
        expect(b.undo.undoStack.length).toBe(bSteps); // B's own history is untouched
      }),
      { numRuns: 200 },
    );
  });

  it('two people editing different fields of one card both keep their edit; typing in one text merges by character', () => {
    const start = Y.encodeStateAsUpdate(docFromBoard(sample()));
    const [a, b] = [replica(start), replica(start)];
    const id = a.reader.read().cards[0]!.id;
    const text = a.reader.read().cards[0]!.text;
    a.apply((x) => updateCard(x, id, { owner: 'Host', text: `${text} (A)` }));
    b.apply((x) => updateCard(x, id, { durationMinutes: 4, text: `[B] ${text}` }));
    a.sent.forEach((u) => Y.applyUpdate(b.doc, u));
    b.sent.forEach((u) => Y.applyUpdate(a.doc, u));
    const card = a.reader.read().cards.find((c) => c.id === id)!;
    expect(card).toMatchObject({ owner: 'Host', durationMinutes: 4, text: `[B] ${text} (A)` });
    expect(b.reader.read()).toEqual(a.reader.read());
  });

  it('a card added to a lane deleted meanwhile is kept, in the first lane, on every replica', () => {
    const start = Y.encodeStateAsUpdate(docFromBoard(sample()));
    const [a, b] = [replica(start), replica(start)];
    const board = a.reader.read();
    const lane = board.lanes[2]!;
    a.apply((x) => deleteLane(x, lane.id));
    b.apply((x) => addCard(x, { id: 'cd_kept', laneId: lane.id, stepId: board.steps[1]!.id, text: 'typed meanwhile' }));
    a.sent.forEach((u) => Y.applyUpdate(b.doc, u));
    b.sent.forEach((u) => Y.applyUpdate(a.doc, u));
    const [ra, rb] = [a.reader.read(), b.reader.read()];
    expect(ra).toEqual(rb);
    expect(validateBoard(ra).ok).toBe(true);
    expect(ra.cards.find((c) => c.id === 'cd_kept')).toMatchObject({ text: 'typed meanwhile', laneId: ra.lanes[0]!.id });
  });
});

describe('hostile content from a collaborator', () => {
  it('a colour that is not a colour is never drawn: stage and card lose it, a persona gets a safe one; the text stays', () => {
    const board = { ...sample(), personas: [{ id: 'p1', name: 'Guest', color: '#2563eb' }] };
    const doc = docFromBoard(board);
    const card = board.cards[0]!;
    doc.transact(() => {
      (doc.getMap('cards').get(card.id) as Y.Map<unknown>).set('color', 'url(http://tracker.example/beacon)');
      (doc.getMap('stages').get(board.stages[0]!.id) as Y.Map<unknown>).set('color', 'url(http://tracker.example/s)');
      (doc.getMap('personas').get('p1') as Y.Map<unknown>).set('color', 'url(http://tracker.example/p)');
    });
    const read = readDoc(doc);
    expect(read.cards.find((c) => c.id === card.id)).toEqual(card);
    expect(read.stages[0]).not.toHaveProperty('color');
    expect(read.personas[0]!.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(validateBoard(read).ok).toBe(true);
  });
});

describe('invalid changes from a collaborator', () => {
  it('never reach the board: a text that is a number, a list turned into a string, text over the limit, deep nesting; the last valid state stays', () => {
    const board = sample();
    const doc = docFromBoard(board);
    const invalid: string[] = [];
    const reader = createBoardReader(doc, (collection, id) => invalid.push(`${collection}:${id}`));
    reader.read();
    const [a, b, c] = board.cards;
    const cardMap = (id: string) => doc.getMap('cards').get(id) as Y.Map<unknown>;
    doc.transact(() => {
      cardMap(a!.id).set('text', 42);
      cardMap(b!.id).set('tags', 'not a list');
      cardMap(c!.id).set('details', 'x'.repeat(200_000));
      let deep = new Y.Map<unknown>();
      cardMap(board.cards[4]!.id).set('touchpoint', deep);
      for (let i = 0; i < 50; i++) {
        const next = new Y.Map<unknown>();
        deep.set('inner', next);
        deep = next;
      }
      doc.getMap('meta').set('title', { not: 'text' });
    });
    const read = reader.read();
    expect(read.cards.find((x) => x.id === a!.id)).toEqual(a);
    expect(read.cards.find((x) => x.id === b!.id)).toEqual(b);
    expect(read.cards.find((x) => x.id === c!.id)).toEqual(c);
    expect(read.cards.find((x) => x.id === board.cards[4]!.id)).toEqual(board.cards[4]);
    expect(read.title).toBe(board.title);
    expect(validateBoard(read).ok).toBe(true);
    expect(invalid).toEqual(
      expect.arrayContaining([`cards:${a!.id}`, `cards:${b!.id}`, `cards:${c!.id}`, `cards:${board.cards[4]!.id}`, 'meta:title']),
    );
    // Read afresh (reopening the board), it is the same valid board.
    expect(validateBoard(readDoc(doc)).ok).toBe(true);
  });

  it('repairs field by field: a broken field takes its last valid value or, optional, is left out; the rest of what was typed stays', () => {
    const board = sample();
    const doc = docFromBoard(board);
    const invalid: string[] = [];
    const reader = createBoardReader(doc, (collection, id) => invalid.push(`${collection}:${id}`));
    reader.read();
    const [a] = board.cards;
    const cardMap = (id: string) => doc.getMap('cards').get(id) as Y.Map<unknown>;
    doc.transact(() => {
      cardMap(a!.id).set('text', 42); // broken: the last valid text stays
      const details = cardMap(a!.id).get('details') as Y.Text | undefined;
      if (details) details.insert(0, 'New details. ');
      else cardMap(a!.id).set('details', new Y.Text('New details. '));
      doc.getMap('meta').set('revision', 'many'); // broken meta: its last valid value stays
    });
    // A card never valid before, with one broken optional field: shown without it.
    doc.transact(() => {
      const fresh = new Y.Map<unknown>();
      doc.getMap('cards').set('cd_new', fresh);
      for (const [k, v] of Object.entries({ ...a!, id: 'cd_new', order: 99, color: 42 })) fresh.set(k, k === 'text' ? new Y.Text(String(v)) : v);
      fresh.set('_pos', 'zz');
    });
    const read = reader.read();
    const repaired = read.cards.find((x) => x.id === a!.id)!;
    expect(repaired.text).toBe(a!.text);
    expect(repaired.details?.startsWith('New details. ')).toBe(true);
    expect(read.revision).toBe(board.revision);
    const added = read.cards.find((x) => x.id === 'cd_new')!;
    expect(added.text).toBe(a!.text);
    expect(added).not.toHaveProperty('color');
    expect(invalid).toEqual(expect.arrayContaining([`cards:${a!.id}`, 'cards:cd_new', 'meta:revision']));
    expect(validateBoard(read).ok).toBe(true);
  });
});

describe('measurements, in batches', () => {
  const measured = () => {
    const b = addMetric(sample(), { name: 'NPS', kind: 'nps', direction: 'higher', min: -100, max: 100, target: 30 });
    return addMeasurements(b, [
      { metricId: b.metrics![0]!.id, stepId: b.steps[0]!.id, date: '2026-03-01', value: 12, source: 'Survey', n: 40 },
      { metricId: b.metrics![0]!.id, date: '2026-03-02', value: -5 },
    ]);
  };
  const batches = (doc: Y.Doc) => doc.getMap<string>('measurements.batches');

  it('round-trips through a doc in order, as one batch of text and no Y.Map per measurement', () => {
    const board = measured();
    const doc = docFromBoard(board);
    const read = readDoc(doc);
    expect(read.measurements).toEqual(board.measurements);
    expect(batches(doc).size).toBe(1);
    expect(typeof [...batches(doc).values()][0]).toBe('string');
    expect(doc.getMap('measurements').size).toBe(0);
    expect(validateBoard(read).ok).toBe(true);
  });

  it('edits and deletes through overrides, removes an emptied batch, and undoes each', () => {
    const r = replica(Y.encodeStateAsUpdate(docFromBoard(measured())));
    const [first, second] = r.reader.read().measurements!;
    r.apply((x) => updateMeasurement(x, first!.id, { value: 20 }));
    expect(r.reader.read().measurements!.map((m) => m.value)).toEqual([20, -5]);
    expect(r.doc.getMap('measurements').get(first!.id)).toMatchObject({ value: 20 });
    r.apply((x) => deleteMeasurement(x, second!.id));
    expect(r.reader.read().measurements!.map((m) => m.value)).toEqual([20]);
    expect(r.doc.getMap('measurements').get(second!.id)).toBeNull();
    r.apply((x) => deleteMeasurement(x, first!.id));
    expect(r.reader.read().measurements ?? []).toEqual([]);
    expect(batches(r.doc).size).toBe(0); // the emptied batch went, with its overrides
    expect(r.doc.getMap('measurements').size).toBe(0);
    r.undo.undo();
    expect(r.reader.read().measurements!.map((m) => m.value)).toEqual([20]);
    r.undo.undo();
    r.undo.undo();
    expect(r.reader.read().measurements).toEqual([first, second]);
  });

  it('reads measurements a version 7 document held one value each, and edits them there', () => {
    const board = measured();
    const doc = docFromBoard({ ...board, measurements: [] });
    doc.transact(() => {
      for (const { id, ...fields } of [...board.measurements!].reverse()) doc.getMap('measurements').set(id, fields);
    });
    const reader = createBoardReader(doc);
    const ids = board.measurements!.map((m) => m.id).sort();
    expect(reader.read().measurements!.map((m) => m.id)).toEqual(ids); // loose ones by id
    doc.transact(() => writeBoard(doc, reader.read(), deleteMeasurement(reader.read(), ids[0]!)));
    expect(doc.getMap('measurements').has(ids[0]!)).toBe(false);
    expect(reader.read().measurements!.map((m) => m.id)).toEqual([ids[1]]);
  });

  it('merges two people’s imports and keeps an edit of one as a whole', () => {
    const board = measured();
    const a = replica(Y.encodeStateAsUpdate(docFromBoard(board)));
    const b = replica(Y.encodeStateAsUpdate(a.doc));
    const metricId = board.metrics![0]!.id;
    a.apply((x) => addMeasurements(x, [{ metricId, date: '2026-04-01', value: 1 }]));
    b.apply((x) => addMeasurements(x, [{ metricId, date: '2026-04-02', value: 2 }]));
    const first = board.measurements![0]!;
    b.apply((x) => updateMeasurement(x, first.id, { value: 13 }));
    for (const u of a.sent) Y.applyUpdate(b.doc, u);
    for (const u of b.sent) Y.applyUpdate(a.doc, u);
    expect(a.reader.read().measurements).toEqual(b.reader.read().measurements);
    expect(
      a.reader
        .read()
        .measurements!.map((m) => m.value)
        .sort((x, y) => x - y),
    ).toEqual([-5, 1, 2, 13]);
  });

  it('refuses a hostile override or batch and takes only the schema’s fields', () => {
    const doc = docFromBoard(measured());
    const invalid: string[] = [];
    const reader = createBoardReader(doc, (c, id) => invalid.push(`${c}:${id}`));
    const before = reader.read().measurements!;
    const root = doc.getMap<unknown>('measurements');
    const id = before[0]!.id;
    const metricId = before[0]!.metricId;
    doc.transact(() => {
      root.set(id, 'not a measurement');
      root.set('ms_new', { ...before[1], id: undefined, value: 3, extra: { deep: { deeper: 'x'.repeat(10) } } });
      root.set('ms_bad', { metricId, date: '2026-02-30', value: 1 });
      batches(doc).set('b1', 'not json');
      batches(doc).set(
        'b2',
        JSON.stringify({
          fields: ['id', 'metricId', 'date', 'value', 'evil'],
          rows: [['ms_ok', metricId, '2026-01-01', 4, 'x'], ['ms_nan', metricId, '2026-01-01', 'NaN', null], 7],
        }),
      );
      batches(doc).set('b3', 42 as unknown as string);
    });
    const after = reader.read().measurements!;
    expect(after.find((m) => m.id === id)).toEqual(before[0]); // its last valid state stays
    expect(after.find((m) => m.id === 'ms_new')).not.toHaveProperty('extra');
    expect(after.some((m) => m.id === 'ms_bad')).toBe(false); // 30 February is no day
    expect(after.find((m) => m.id === 'ms_ok')).toEqual({ id: 'ms_ok', metricId, date: '2026-01-01', value: 4 });
    expect(after.some((m) => m.id === 'ms_nan')).toBe(false);
    expect(invalid.sort()).toEqual(['measurements:b1', 'measurements:b2', 'measurements:b3', `measurements:${id}`, 'measurements:ms_bad'].sort());
  });

  it('drops measurements of a metric or step that a merge removed', () => {
    const board = measured();
    const a = replica(Y.encodeStateAsUpdate(docFromBoard(board)));
    const b = replica(Y.encodeStateAsUpdate(a.doc));
    a.apply((x) => ({ ...x, metrics: [] }));
    b.apply((x) => addMeasurements(x, [{ metricId: board.metrics![0]!.id, date: '2026-05-01', value: 9 }]));
    for (const u of a.sent) Y.applyUpdate(b.doc, u);
    for (const u of b.sent) Y.applyUpdate(a.doc, u);
    expect(a.reader.read().measurements ?? []).toEqual([]);
    expect(b.reader.read().measurements ?? []).toEqual([]);
  });
});
