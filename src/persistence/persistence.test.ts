import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repositoryPerTest } from '../../test/support/repositoryPerTest';
import { createAutosave, type SaveStatus } from './autosave';
import { sample } from '../model/test/fixtures';
import { renameBoard } from '../model';

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

  it('keeps a bounded version history', async () => {
    const board = await t.repo.create(sample());
    for (let i = 0; i < 25; i++) await t.repo.snapshot(board, `r${i}`);
    const snaps = await t.repo.snapshots(board.id);
    expect(snaps).toHaveLength(20);
    expect(snaps.at(-1)!.reason).toBe('r24');
    expect(await t.repo.lastSnapshotTime(board.id)).toBe(snaps.at(-1)!.createdAt);
    expect(await t.repo.lastSnapshotTime('other')).toBeUndefined();
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
