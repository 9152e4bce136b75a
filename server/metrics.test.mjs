import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docFromBoard, readDoc, writeBoard } from '../src/document/index.ts';
import { addMeasurements, addMetric } from '../src/model/index.ts';
import { sample } from '../src/model/test/fixtures.ts';
import { api, client, contentMessage, rawClient, server, until } from './testing.mjs';

describe('metrics on a shared board', () => {
  it('an import of 20 000 measurements, written in parts, reaches the other person whole; a hostile measurement is refused', async () => {
    const s = await server();
    const { body: room } = await api(s.http, '/api/rooms');
    const board = addMetric(sample(), { id: 'wait', name: 'Waiting time', kind: 'waiting', direction: 'lower', unit: 'min', min: 0, target: 5 });
    const a = client(s.ws, room.room, room.owner);
    await until(() => a.events.synced);
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(docFromBoard(board)));
    const b = client(s.ws, room.room, room.edit);
    await until(() => b.events.synced && b.doc.getMap('metrics').size === 1);

    // As the app confirms an import: parts of 10 000, each one change small enough to send.
    let current = readDoc(a.doc);
    for (let part = 0; part < 2; part++) {
      const rows = Array.from({ length: 10_000 }, (_, i) => ({
        metricId: 'wait',
        stepId: board.steps[i % board.steps.length].id,
        date: new Date(Date.UTC(2020, 0, 1 + part * 10_000 + i)).toISOString().slice(0, 10),
        value: i % 30,
      }));
      const next = addMeasurements(current, rows);
      a.doc.transact(() => writeBoard(a.doc, current, next));
      current = next;
    }
    await until(() => b.doc.getMap('measurements.batches').size === 2, 20_000);
    expect(readDoc(b.doc).measurements).toHaveLength(20_000);
    expect(readDoc(b.doc).measurements).toEqual(readDoc(a.doc).measurements);

    // A measurement that is no measurement (its value text, its day impossible), or a batch with
    // one, is refused whole.
    const row = (value, date = '2026-01-01') =>
      JSON.stringify({
        fields: ['id', 'metricId', 'date', 'value'],
        rows: [
          ['ms_1', 'wait', '2026-01-01', 1],
          ['ms_2', 'wait', date, value],
        ],
      });
    for (const [root, bad] of /** @type {[string, unknown][]} */ ([
      ['measurements', { metricId: 'wait', date: '2026-01-01', value: 'many' }],
      ['measurements', { metricId: 'wait', date: '2026-02-30', value: 1 }],
      ['measurements', 'not an object'],
      ['measurements.batches', row('many')],
      ['measurements.batches', row(1, '2026-02-30')],
      ['measurements.batches', '{"fields":'],
      ['measurements.batches', { fields: [], rows: [] }],
    ])) {
      const mallory = await rawClient(s.ws, room.room, room.edit);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(a.doc));
      const before = Y.encodeStateVector(doc);
      doc.getMap(root).set('ms_mallory', bad);
      mallory.send(contentMessage(room.room, Y.encodeStateAsUpdate(doc, before)));
      await until(() => mallory.closed !== null);
      expect([mallory.acks, mallory.closed]).toEqual([0, 'This change would make the board invalid']);
    }
    expect(b.doc.getMap('measurements').has('ms_mallory')).toBe(false);
    expect(b.doc.getMap('measurements.batches').has('ms_mallory')).toBe(false);
  });
});
