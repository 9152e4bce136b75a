import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repositoryPerTest } from '../../test/support/repositoryPerTest';
import { createAutosave, type SaveStatus } from './autosave';
import { sample } from '../model/test/fixtures';
import { renameBoard } from '../model';
import Dexie from 'dexie';
import { BoardRepository } from './boardRepository';
import { openDatabase } from './db';

const t = repositoryPerTest('persistence');

describe('BoardRepository', () => {
  it('creates, lists, loads and saves boards with revisions', async () => {
    const created = await t.repo.create(sample());
    expect(created.revision).toBe(1);
    const list = await t.repo.list();
    expect(list).toEqual([expect.objectContaining({ id: created.id, title: 'Restaurant visit', damaged: false })]);
    const loaded = await t.repo.load(created.id);
    expect(loaded.ok && loaded.board.cards).toEqual(created.cards);
    const saved = await t.repo.save(renameBoard(created, 'Bistro'), 1);
    expect(saved).toMatchObject({ ok: true, revision: 2 });
    expect((await t.repo.list())[0]!.title).toBe('Bistro');
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
  });

  it('refuses to store a board it could not read back, and stores nothing', async () => {
    const created = await t.repo.create(sample());
    const bad = { ...created, title: 'x'.repeat(501) };
    await expect(t.repo.save(bad, 1)).rejects.toThrow(/not saved: the board would not be readable \(title/);
    await expect(t.repo.create({ ...created, id: 'other', cards: [{ ...created.cards[0]!, laneId: 'nowhere' }] })).rejects.toThrow(
      /cards\[0\]\.laneId/,
    );
    const list = await t.repo.list();
    expect(list).toEqual([expect.objectContaining({ id: created.id, title: 'Restaurant visit', damaged: false })]);
    expect((await t.repo.load(created.id)).ok && ((await t.repo.raw(created.id)) as { revision: number }).revision).toBe(1);
  });

  it('refuses a stale save from a second tab instead of overwriting', async () => {
    const created = await t.repo.create(sample());
    expect((await t.repo.save(renameBoard(created, 'Tab A'), 1)).ok).toBe(true);
    const stale = await t.repo.save(renameBoard(created, 'Tab B'), 1);
    expect(stale).toEqual({ ok: false, conflict: true, theirs: 2 });
    const loaded = await t.repo.load(created.id);
    expect(loaded.ok && loaded.board.title).toBe('Tab A');
  });

  it('lists damaged and newer records with their errors and keeps their raw JSON untouched', async () => {
    const good = await t.repo.create(sample());
    const broken = { ...sample(), id: 'broken', cards: [{ id: 'c', laneId: 'missing' }] };
    const newer = { ...sample(), id: 'newer', version: 99, somethingNew: [1, 2, 3] };
    await t.db.boards.bulkPut([
      { id: 'broken', title: 'Broken', updatedAt: '2026-01-02', revision: 3, doc: broken },
      { id: 'newer', title: 'From the future', updatedAt: '2026-01-03', revision: 1, doc: newer },
      { id: 'garbage', title: 7 as unknown as string, updatedAt: '2026-01-01', revision: 1, doc: 'not json at all' },
    ]);
    const list = await t.repo.list();
    expect(list).toHaveLength(4);
    const byId = Object.fromEntries(list.map((e) => [e.id, e]));
    expect(byId[good.id]!.damaged).toBe(false);
    expect(byId.broken).toMatchObject({ damaged: true, newer: false, title: 'Broken' });
    expect(byId.newer).toMatchObject({ damaged: true, newer: true });
    expect(byId.garbage).toMatchObject({ damaged: true, title: '' });
    if (byId.broken!.damaged) expect(byId.broken!.errors.map((e) => e.path)).toContain('cards[0].stepId');
    expect(await t.repo.raw('newer')).toEqual(newer);
    expect(await t.repo.load('newer')).toMatchObject({ ok: false, newer: true });
  });

  it('duplicates, renames and deletes', async () => {
    const created = await t.repo.create(sample());
    const copy = await t.repo.duplicate(created.id, () => 'Copy');
    expect(copy!.id).not.toBe(created.id);
    expect(await t.repo.rename(created.id, 'Renamed')).toBe(true);
    await t.repo.delete(copy!.id);
    expect((await t.repo.list()).map((e) => e.title)).toEqual(['Renamed']);
  });

  it('keeps a bounded version history: oldest automatic versions go first, named ones stay', async () => {
    const board = await t.repo.create(sample());
    const limits = { count: 5, size: 1e9 };
    await t.repo.snapshot(board, 'named', 'Workshop 1', limits);
    for (let i = 0; i < 7; i++) await t.repo.snapshot({ ...board, title: `v${i}` }, 'hourly', undefined, limits);
    const versions = await t.repo.versions(board.id);
    expect(versions).toHaveLength(5);
    expect(versions.map((v) => v.name ?? v.reason)).toEqual(['hourly', 'hourly', 'hourly', 'hourly', 'Workshop 1']);
    const newest = await t.repo.version(versions[0]!.id);
    expect(newest.ok && newest.board.title).toBe('v6');
    const oldestAutomatic = await t.repo.version(versions[3]!.id);
    expect(oldestAutomatic.ok && oldestAutomatic.board.title).toBe('v3');
    expect(await t.repo.lastSnapshotTime(board.id)).toBe(versions[0]!.createdAt);
    expect(await t.repo.lastSnapshotTime('other')).toBeUndefined();
  });

  it('bounds the versions by total size too, and deleting a board deletes its versions', async () => {
    const board = await t.repo.create(sample());
    const size = JSON.stringify(board).length;
    for (let i = 0; i < 4; i++) await t.repo.snapshot(board, 'hourly', undefined, { count: 100, size: size * 2.5 });
    expect(await t.repo.versions(board.id)).toHaveLength(2);
    await t.repo.delete(board.id);
    expect(await t.repo.versions(board.id)).toEqual([]);
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
    const [entry] = await repo.versions(board.id);
    expect(entry).toMatchObject({ reason: 'opened', cards: board.cards.length, size: JSON.stringify(board).length });
    expect(entry).not.toHaveProperty('doc');
    const loaded = await repo.version(entry!.id);
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
    expect(statuses.at(-1)).toEqual({ state: 'error', message: 'The quota has been exceeded.' });
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
