import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repositoryPerTest } from '../../test/support/repositoryPerTest';
import { createAutosave, type SaveStatus } from './autosave';
import { sample } from '../model/test/fixtures';
import { loopBoard } from '../model/test/loopBoard';
import { addMeasurements, addMetric, renameBoard, scenarioCopy, startFamily } from '../model';
import Dexie from 'dexie';
import * as Y from 'yjs';
import { BoardRepository } from './boardRepository';
import { CONTENT_UPDATES, openDatabase, type BoardRecord } from './db';
import { readDoc, writeBoard } from '../document';

const t = repositoryPerTest('persistence');

/** The board as storage alone holds it (a fresh database connection, as a reload would open). */
async function reopen(id: string) {
  const db = openDatabase(t.db.name);
  try {
    const loaded = await new BoardRepository(db).load(id);
    if (!loaded.ok) throw new Error('not readable');
    return loaded.board;
  } finally {
    db.close();
  }
}

describe('BoardRepository', () => {
  it('creates, lists, opens and renames boards; edits of the open doc are stored', async () => {
    const created = await t.repo.create(sample());
    const list = await t.repo.list();
    expect(list).toEqual([expect.objectContaining({ id: created.id, title: 'Restaurant visit', damaged: false })]);
    const opened = await t.repo.open(created.id);
    if (!opened.ok) throw new Error('not opened');
    expect(opened.board).toEqual(created);
    opened.doc.transact(() => writeBoard(opened.doc, opened.board, renameBoard(opened.board, 'Bistro')));
    await t.repo.commit(created.id, renameBoard(opened.board, 'Bistro'));
    opened.release();
    expect((await t.repo.list())[0]!.title).toBe('Bistro');
    const again = await t.repo.load(created.id);
    expect(again.ok && again.board.title).toBe('Bistro');
  });

  it('duplicates and renames boards with the longest title into boards it can read again', async () => {
    const long = await t.repo.create(renameBoard(sample(), 'T'.repeat(500)));
    const copy = await t.repo.duplicate(long.id, (title) => `${title} (copy)`);
    expect(copy!.title).toHaveLength(500);
    expect(copy!.title.endsWith('T… (copy)')).toBe(true);
    expect(await t.repo.rename(long.id, 'R'.repeat(800))).toBe(true);
    const list = await t.repo.list();
    expect(list.map((e) => e.damaged)).toEqual([false, false]);
    expect(list.map((e) => e.title.length)).toEqual([500, 500]);
    const renamed = await t.repo.load(long.id);
    expect(renamed.ok && renamed.board.title).toBe('R'.repeat(500));
  });

  it('refuses to store a board it could not read back, and stores nothing', async () => {
    const created = await t.repo.create(sample());
    await expect(t.repo.create({ ...created, id: 'other', cards: [{ ...created.cards[0]!, laneId: 'nowhere' }] })).rejects.toThrow(
      /cards\[0\]\.laneId/,
    );
    await expect(t.repo.create({ ...created, id: 'long', title: 'x'.repeat(501) })).rejects.toThrow(
      /not saved: the board would not be readable \(title/,
    );
    const list = await t.repo.list();
    expect(list).toEqual([expect.objectContaining({ id: created.id, title: 'Restaurant visit', damaged: false })]);
    expect(await t.db.table(CONTENT_UPDATES).where('k').anyOf('other', 'long').count()).toBe(0);
  });

  it('converts a board an earlier build stored as JSON on first open, losslessly, and drops the JSON only once verified', async () => {
    // A field left undefined (as older builds stored `owner: text || undefined`) is as absent.
    const base = sample();
    const board = { ...base, id: 'legacy', cards: [{ ...base.cards[0]!, owner: undefined }, ...base.cards.slice(1)] };
    await t.db.boards.put({ id: 'legacy', title: board.title, updatedAt: '2026-01-02', doc: board } as BoardRecord);
    expect((await t.repo.list())[0]).toMatchObject({ id: 'legacy', damaged: false });
    const loaded = await t.repo.load('legacy');
    expect(loaded.ok && loaded.board).toEqual(board);
    expect(loaded.ok && loaded.board.cards[0]).not.toHaveProperty('owner');
    const record = await t.db.boards.get('legacy');
    expect(record).not.toHaveProperty('doc');
    expect(record!.version).toBe(board.version);
    const stored = new Y.Doc();
    for (const row of await t.db.table(CONTENT_UPDATES).where('k').equals('legacy').toArray()) Y.applyUpdateV2(stored, row.u);
    expect(readDoc(stored)).toEqual(board);
    // Opened again, it is read from its Y.Doc alone.
    const again = await t.repo.load('legacy');
    expect(again.ok && again.board).toEqual(board);
  });

  it('converts a JSON board whose cell holds two cards of the same order (a tie), numbering them as the document does', async () => {
    const base = sample();
    const [first, second] =
      base.cards.filter((c) => c.laneId === base.cards[0]!.laneId && c.stepId === base.cards[0]!.stepId).length > 1
        ? base.cards
        : [base.cards[0]!, base.cards[1]!];
    // The second card moved into the first one's cell keeping its order: two cards of order 0 there.
    const tied = { ...second!, laneId: first!.laneId, stepId: first!.stepId, order: first!.order };
    const board = { ...base, id: 'tied', cards: base.cards.map((c) => (c.id === tied.id ? tied : c)) };
    await t.db.boards.put({ id: 'tied', title: board.title, updatedAt: '2026-01-02', doc: board } as BoardRecord);
    const loaded = await t.repo.load('tied');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const cell = loaded.board.cards.filter((c) => c.laneId === first!.laneId && c.stepId === first!.stepId).sort((a, b) => a.order - b.order);
    expect(cell.map((c) => c.order)).toEqual(cell.map((_, i) => i));
    expect(cell.map((c) => c.id).sort()).toEqual(
      [first!.id, tied.id, ...cell.map((c) => c.id).filter((id) => id !== first!.id && id !== tied.id)].sort(),
    );
    expect(await t.db.boards.get('tied')).not.toHaveProperty('doc');
  });

  it('converts a JSON board with measurements, keeping their order', async () => {
    let board = addMetric({ ...sample(), id: 'measured' }, { id: 'mt', name: 'NPS', kind: 'nps', direction: 'higher' });
    board = addMeasurements(board, [
      { id: 'ms_b', metricId: 'mt', date: '2026-01-02', value: 2 },
      { id: 'ms_a', metricId: 'mt', stepId: board.steps[0]!.id, date: '2026-01-01', value: 1 },
    ]);
    await t.db.boards.put({ id: 'measured', title: board.title, updatedAt: '2026-01-02', doc: board } as BoardRecord);
    const loaded = await t.repo.load('measured');
    expect(loaded.ok).toBe(true);
    expect(loaded.ok && loaded.board.measurements!.map((m) => m.id)).toEqual(['ms_b', 'ms_a']);
    expect(await t.db.boards.get('measured')).not.toHaveProperty('doc');
  });

  it('keeps each board’s opportunities and solutions beside its listing for the Portfolio, and reads a board saved without them once', async () => {
    const loop = loopBoard();
    const created = await t.repo.create(loop);
    const legacy = { ...loopBoard(), id: 'legacy', title: 'Older' };
    await t.db.boards.put({ id: 'legacy', title: legacy.title, updatedAt: '2026-01-02', doc: legacy } as BoardRecord);
    const { sources, unread } = await t.repo.portfolio();
    expect(unread).toBe(0);
    expect(sources.map((s) => [s.title, s.summary.items.map((i) => i.text)])).toEqual([
      ['Loop', ['B', 'A', 'D', 'C', 'Short form', 'Pay by link']],
      ['Older', ['B', 'A', 'D', 'C', 'Short form', 'Pay by link']],
    ]);
    expect((await t.db.boards.get('legacy'))!.summary).toEqual(sources[1]!.summary); // kept for next time
    expect((await t.db.boards.get('legacy'))!.summary!.changedAt).toBe('2026-01-02'); // the last change known
    // A save keeps the summary in step with the board; its change time moves only when the backlog changed.
    const first = (await t.db.boards.get(created.id))!.summary!.changedAt!;
    await t.db.boards.update(created.id, { summary: { ...sources[0]!.summary, changedAt: '2026-01-01T00:00:00.000Z' } });
    await t.repo.commit(created.id, renameBoard(created, 'Loop, renamed'));
    expect((await t.db.boards.get(created.id))!.summary!.changedAt).toBe('2026-01-01T00:00:00.000Z'); // the title is not the backlog
    const renamed = { ...created, cards: created.cards.map((c) => (c.text === 'B' ? { ...c, text: 'Pay at the table' } : c)) };
    await t.repo.commit(created.id, renamed);
    const summary = (await t.db.boards.get(created.id))!.summary!;
    expect(summary.items[0]!.text).toBe('Pay at the table');
    expect(summary.changedAt).not.toBe('2026-01-01T00:00:00.000Z');
    expect(summary.changedAt! >= first).toBe(true);
  });

  it('an update that failed to store is written again, whole, by the next commit', async () => {
    const created = await t.repo.create(sample());
    const opened = await t.repo.open(created.id);
    if (!opened.ok) throw new Error('not opened');
    const errors: unknown[] = [];
    opened.onStorageError((e) => errors.push(e));
    const table = t.db.table(CONTENT_UPDATES);
    const add = vi.spyOn(table.core, 'mutate').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const next = renameBoard(opened.board, 'Typed while the disk was full');
    opened.doc.transact(() => writeBoard(opened.doc, opened.board, next));
    await t.repo.commit(created.id, next);
    add.mockRestore();
    expect(errors).toHaveLength(1);
    let reopened = await reopen(created.id);
    expect(reopened.title).toBe(created.title); // the failed update is really missing on disk
    await t.repo.commit(created.id, next, Y.encodeStateAsUpdateV2(opened.doc));
    opened.release();
    reopened = await reopen(created.id);
    expect(reopened.title).toBe('Typed while the disk was full');
  });

  it('lists damaged and newer records with their errors and keeps their raw JSON untouched', async () => {
    const good = await t.repo.create(sample());
    const broken = { ...sample(), id: 'broken', cards: [{ id: 'c', laneId: 'missing' }] };
    const newer = { ...sample(), id: 'newer', version: 99, somethingNew: [1, 2, 3] };
    await t.db.boards.bulkPut([
      { id: 'broken', title: 'Broken', updatedAt: '2026-01-02', doc: broken },
      { id: 'newer', title: 'From the future', updatedAt: '2026-01-03', doc: newer },
      { id: 'garbage', title: 7 as unknown as string, updatedAt: '2026-01-01', doc: 'not json at all' },
      { id: 'newer-doc', title: 'Saved by a newer build', updatedAt: '2026-01-04', version: 99 },
    ] as BoardRecord[]);
    const list = await t.repo.list();
    expect(list).toHaveLength(5);
    const byId = Object.fromEntries(list.map((e) => [e.id, e]));
    expect(byId[good.id]!.damaged).toBe(false);
    expect(byId.broken).toMatchObject({ damaged: true, newer: false, title: 'Broken' });
    expect(byId.newer).toMatchObject({ damaged: true, newer: true });
    expect(byId.garbage).toMatchObject({ damaged: true, title: '' });
    if (byId.broken!.damaged) expect(byId.broken!.errors.map((e) => e.path)).toContain('cards[0].stepId');
    expect(await t.repo.raw('newer')).toEqual(newer);
    expect(await t.repo.load('newer')).toMatchObject({ ok: false, newer: true });
    expect(byId['newer-doc']).toMatchObject({ damaged: true, newer: true });
    expect(await t.repo.load('newer-doc')).toMatchObject({ ok: false, newer: true });
    expect(await t.repo.load('broken')).toMatchObject({ ok: false, newer: false });
    expect((await t.db.boards.get('broken'))!.doc).toEqual(broken); // never converted, never rewritten
  });

  it('duplicates, renames and deletes', async () => {
    const created = await t.repo.create(sample());
    const copy = await t.repo.duplicate(created.id, () => 'Copy');
    expect(copy!.id).not.toBe(created.id);
    expect(await t.repo.rename(created.id, 'Renamed')).toBe(true);
    await t.repo.delete(copy!.id);
    expect((await t.repo.list()).map((e) => e.title)).toEqual(['Renamed']);
    expect(await t.db.table(CONTENT_UPDATES).where('k').equals(copy!.id).count()).toBe(0);
  });

  it('lists scenarios with their family; deleting one keeps the others; copies and templates leave the family', async () => {
    const asIs = await t.repo.create(startFamily(sample(), 'sf_1', 'As-is'));
    const toBe = await t.repo.create(scenarioCopy({ ...asIs, scenario: asIs.scenario! }, 'bd_tobe', 'To-be', '2030-01-01T00:00:00.000Z'));
    const listed = await t.repo.list();
    expect(listed.find((e) => e.id === toBe.id)).toMatchObject({
      scenario: { family: 'sf_1', name: 'To-be' },
      createdAt: '2030-01-01T00:00:00.000Z',
    });
    expect(listed.find((e) => e.id === asIs.id)).toMatchObject({ scenario: { family: 'sf_1', name: 'As-is' } });
    // Renamed in its document, the listing follows with the save.
    await t.repo.commit(toBe.id, { ...toBe, scenario: { family: 'sf_1', name: 'Designed' } });
    expect((await t.repo.list()).find((e) => e.id === toBe.id)!.scenario!.name).toBe('Designed');
    const copy = await t.repo.duplicate(toBe.id, (title) => `${title} (copy)`);
    expect(copy!.scenario).toBeUndefined();
    const template = await t.repo.templates.save('Start', (await reopen(toBe.id))!);
    expect((template.board as { scenario?: unknown }).scenario).toBeUndefined();
    await t.repo.delete(toBe.id);
    expect((await t.repo.list()).map((e) => e.id).sort()).toEqual([asIs.id, copy!.id].sort());
    expect((await reopen(asIs.id)).scenario).toEqual({ family: 'sf_1', name: 'As-is' });
  });

  it('keeps a bounded version history: oldest automatic versions go first, named ones stay', async () => {
    const board = await t.repo.create(sample());
    const limits = { count: 5, size: 1e9 };
    await t.repo.versions.save(board, 'named', 'Workshop 1', limits);
    for (let i = 0; i < 7; i++) await t.repo.versions.save({ ...board, title: `v${i}` }, 'hourly', undefined, limits);
    const versions = await t.repo.versions.list(board.id);
    expect(versions).toHaveLength(5);
    expect(versions.map((v) => v.name ?? v.reason)).toEqual(['hourly', 'hourly', 'hourly', 'hourly', 'Workshop 1']);
    const newest = await t.repo.versions.load(versions[0]!.id);
    expect(newest.ok && newest.board.title).toBe('v6');
    const oldestAutomatic = await t.repo.versions.load(versions[3]!.id);
    expect(oldestAutomatic.ok && oldestAutomatic.board.title).toBe('v3');
    expect(await t.repo.versions.lastTime(board.id)).toBe(versions[0]!.createdAt);
    expect(await t.repo.versions.lastTime('other')).toBeUndefined();
  });

  it('bounds the versions by total size too, and deleting a board deletes its versions', async () => {
    const board = await t.repo.create(sample());
    const size = JSON.stringify(board).length;
    for (let i = 0; i < 4; i++) await t.repo.versions.save(board, 'hourly', undefined, { count: 100, size: size * 2.5 });
    expect(await t.repo.versions.list(board.id)).toHaveLength(2);
    await t.repo.delete(board.id);
    expect(await t.repo.versions.list(board.id)).toEqual([]);
    expect(await t.repo.db.snapshotDocs.count()).toBe(0);
  });

  it('upgrades a version 1 database: versions keep their documents, listed without them', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ boards: 'id, updatedAt', snapshots: '++id, boardId, createdAt', settings: 'key' });
    const board = sample();
    await v1.table('snapshots').add({ boardId: board.id, createdAt: '2026-01-01T00:00:00.000Z', reason: 'opened', doc: board });
    v1.close();
    const db = openDatabase(name);
    const repo = new BoardRepository(db);
    const [entry] = await repo.versions.list(board.id);
    expect(entry).toMatchObject({ reason: 'opened', cards: board.cards.length, size: JSON.stringify(board).length });
    expect(entry).not.toHaveProperty('doc');
    const loaded = await repo.versions.load(entry!.id);
    expect(loaded.ok && loaded.board.title).toBe(board.title);
    await db.delete();
  });
});

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('debounces a burst of edits into one write of the latest board', async () => {
    const writes: string[] = [];
    const statuses: SaveStatus['state'][] = [];
    const autosave = createAutosave({
      write: async (b) => {
        writes.push(b.title);
      },
      onStatus: (s) => statuses.push(s.state),
    });
    const b = sample();
    for (const t of ['a', 'ab', 'abc']) autosave.schedule(renameBoard(b, t));
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(writes).toEqual(['abc']);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('keeps the edit after a failed write, reports it and retries until stored', async () => {
    let fail = 2;
    const stored: string[] = [];
    const statuses: SaveStatus[] = [];
    const autosave = createAutosave({
      write: async (b) => {
        if (fail-- > 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        stored.push(b.title);
      },
      onStatus: (s) => statuses.push(s),
      retryDelayMs: () => 1000,
    });
    autosave.schedule(renameBoard(sample(), 'precious'));
    await vi.advanceTimersByTimeAsync(300);
    // Told what it means (the UI words `quota` in the user's language), with the browser's words kept.
    expect(statuses.at(-1)).toEqual({ state: 'error', failure: { code: 'quota', detail: 'The quota has been exceeded.' } });
    expect(autosave.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(stored).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(stored).toEqual(['precious']);
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
    expect(autosave.hasUnsaved()).toBe(false);
  });

  it('flush writes immediately (page hidden)', async () => {
    const stored: string[] = [];
    const autosave = createAutosave({
      write: async (b) => {
        stored.push(b.title);
      },
      onStatus: () => {},
    });
    autosave.schedule(renameBoard(sample(), 'now'));
    await autosave.flush();
    expect(stored).toEqual(['now']);
  });
});

describe('templates', () => {
  it('a board saved as a template leaves its review comments behind; everything else is kept', async () => {
    const board = sample();
    const card = board.cards[0]!.id;
    const withComments = { ...board, comments: [{ id: 'cm_1', cardId: card, author: 'Ana', text: 'Observed?', at: '2026-01-01T00:00:00.000Z' }] };
    const template = await t.repo.templates.save('Starter', withComments);
    expect(template.board).not.toHaveProperty('comments');
    expect(template.board.cards).toEqual(board.cards);
    const [stored] = (await t.repo.templates.list()).filter((x) => x.id === template.id);
    expect(stored!.board).not.toHaveProperty('comments');
  });
});

describe('settings', () => {
  it('are kept under their keys (per board where they belong), and a stored value of another shape reads as absent', async () => {
    await t.repo.settings.set('viewport', { x: 10, y: -20, zoom: 1.5 }, 'bd_a');
    await t.repo.settings.set('pdf', { paper: 'A4', mode: 'fit' }, 'bd_a');
    await t.repo.settings.set('me', { name: 'Ana', color: '#2563eb' });
    expect(await t.repo.settings.get('viewport', 'bd_a')).toEqual({ x: 10, y: -20, zoom: 1.5 });
    expect(await t.repo.settings.get('viewport', 'bd_b')).toBeUndefined();
    expect(await t.repo.settings.get('pdf', 'bd_a')).toEqual({ paper: 'A4', mode: 'fit' });
    expect((await t.db.settings.get('viewport:bd_a'))?.value).toEqual({ x: 10, y: -20, zoom: 1.5 }); // the keys earlier builds used
    // What an older build or a damaged record left: another shape reaches nobody.
    await t.db.settings.put({ key: 'me', value: { name: 42 } });
    await t.db.settings.put({ key: 'pdf:bd_a', value: { paper: 'A0' } });
    await t.db.settings.put({ key: 'sampleCreated', value: 'yes' });
    expect(await t.repo.settings.get('me')).toBeUndefined();
    expect(await t.repo.settings.get('pdf', 'bd_a')).toBeUndefined();
    expect(await t.repo.settings.get('sampleCreated')).toBeUndefined();
  });
});
