// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { repositoryPerTest } from '../../test/support/repositoryPerTest';
import { renameBoard, updateCard } from '../model';
import { BoardRepository } from '../persistence/boardRepository';
import { openDatabase } from '../persistence/db';
import { sample } from '../model/test/fixtures';
import { createEditorStore } from '../store/editorStore';
import { startBoardSession } from './boardSession';
import { BURST_PAUSE_MS } from './versionKeeper';

const t = repositoryPerTest('session');

const opened = async (id: string) => {
  const result = await t.repo.open(id);
  if (!result.ok) throw new Error('not opened');
  return result;
};

describe('board session versions', () => {
  it('a version that storage refuses never blocks editing: the edit is saved, the user told', async () => {
    const board = await t.repo.create(sample());
    const store = createEditorStore();
    const onVersionError = vi.fn();
    const session = startBoardSession(await opened(board.id), { repo: t.repo, store, onVersionError });
    store.getState().apply((b) => renameBoard(b, 'Edited before the version'));
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(t.repo.versions, 'save').mockRejectedValue(quota);
    expect(await session.keepVersion('named', 'Workshop')).toBe(false);
    expect(onVersionError).toHaveBeenCalledWith({ code: 'quota', detail: 'The quota has been exceeded.' });
    const stored = await t.repo.load(board.id);
    expect(stored.ok && stored.board.title).toBe('Edited before the version');
    store.getState().apply((b) => renameBoard(b, 'And editing goes on'));
    await session.flush();
    const later = await t.repo.load(board.id);
    expect(later.ok && later.board.title).toBe('And editing goes on');
    expect(store.getState().save).toEqual({ state: 'saved' });
    await session.dispose();
  });

  it('restore makes the board a version again as one undo step, keeping the state before it as a version', async () => {
    const board = await t.repo.create(sample());
    const store = createEditorStore();
    const session = startBoardSession(await opened(board.id), { repo: t.repo, store });
    expect(await session.keepVersion('named', 'Start')).toBe(true);
    store.getState().apply((b) => renameBoard(b, 'Changed'));
    const [start] = (await session.versions.list()).filter((v) => v.name === 'Start');
    expect(await session.restore(start!.id)).toBe(true);
    expect(store.getState().board!.title).toBe(board.title);
    expect((await session.versions.list())[0]!.reason).toBe('before-restore');
    store.getState().undo();
    expect(store.getState().board!.title).toBe('Changed');
    const copy = await session.restoreAsCopy(start!.id, (title) => `${title} (restored)`);
    expect(copy!.title).toBe(`${board.title} (restored)`);
    expect(copy!.id).not.toBe(board.id);
    await session.dispose();
  });
});

describe('versions after a burst of work', () => {
  it('a pause after edits keeps a version, and so does leaving right after editing; no edits, no version', async () => {
    const board = await t.repo.create(sample());
    const store = createEditorStore();
    const session = startBoardSession(await opened(board.id), { repo: t.repo, store });
    const pauses = async () => (await session.versions.list()).filter((v) => v.reason === 'pause').length;
    await vi.waitFor(async () => expect((await session.versions.list()).some((v) => v.reason === 'opened')).toBe(true));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      store.getState().apply((b) => renameBoard(b, 'A short session'));
      vi.advanceTimersByTime(BURST_PAUSE_MS - 1000);
      expect(await pauses()).toBe(0); // still within the burst
      vi.advanceTimersByTime(1000);
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(async () => expect(await pauses()).toBe(1));
    store.getState().apply((b) => renameBoard(b, 'Edited once more, then closed'));
    await session.dispose();
    const versions = await t.repo.versions.list(board.id);
    expect(versions.filter((v) => v.reason === 'pause')).toHaveLength(2);
    const last = await t.repo.versions.load(versions[0]!.id);
    expect(last.ok && last.board.title).toBe('Edited once more, then closed');
  });
});

describe('two tabs on one board', () => {
  it('each sees the other’s edits and both are stored, merged; undo in one never touches the other’s', async () => {
    const board = await t.repo.create(sample());
    // A second tab: its own connection to the same database, its own store.
    const other = new BoardRepository(openDatabase(t.db.name));
    const [a, b] = [createEditorStore(), createEditorStore()];
    const tabA = startBoardSession(await opened(board.id), { repo: t.repo, store: a });
    const openedB = await other.open(board.id);
    if (!openedB.ok) throw new Error('not opened');
    const tabB = startBoardSession(openedB, { repo: other, store: b });
    const [first, second] = [board.cards[0]!.id, board.cards[1]!.id];
    a.getState().apply((x) => updateCard(x, first, { text: 'Typed in tab A' }));
    b.getState().apply((x) => updateCard(x, second, { owner: 'Set in tab B' }));
    b.getState().apply((x) => updateCard(x, first, { owner: 'B on the card A typed in' }));
    const both = (s: typeof a) => {
      const cards = s.getState().board!.cards;
      return [cards[0]!.text, cards[0]!.owner, cards[1]!.owner];
    };
    const expected = ['Typed in tab A', 'B on the card A typed in', 'Set in tab B'];
    await vi.waitFor(() => expect(both(a)).toEqual(expected), { timeout: 2000 });
    await vi.waitFor(() => expect(both(b)).toEqual(expected), { timeout: 2000 });
    a.getState().undo();
    await vi.waitFor(() => expect(both(b)).toEqual([board.cards[0]!.text, 'B on the card A typed in', 'Set in tab B']), { timeout: 2000 });
    await Promise.all([tabA.dispose(), tabB.dispose()]);
    const stored = await t.repo.load(board.id);
    expect(stored.ok && [stored.board.cards[0]!.text, stored.board.cards[0]!.owner, stored.board.cards[1]!.owner]).toEqual([
      board.cards[0]!.text,
      'B on the card A typed in',
      'Set in tab B',
    ]);
    other.db.close();
  });
});

describe('a board deleted in another tab', () => {
  it('is kept here as a new board holding what this tab showed, edits included', async () => {
    const board = await t.repo.create(sample());
    const store = createEditorStore();
    const onDeleted = vi.fn();
    const session = startBoardSession(await opened(board.id), { repo: t.repo, store, onDeleted });
    store.getState().apply((b) => updateCard(b, b.cards[0]!.id, { text: 'Typed just before the delete' }));
    const other = new BoardRepository(openDatabase(t.db.name));
    await other.delete(board.id);
    await vi.waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1), { timeout: 2000 });
    const copy = onDeleted.mock.calls[0]![0] as { id: string };
    expect(copy.id).not.toBe(board.id);
    const kept = await t.repo.load(copy.id);
    expect(kept.ok && kept.board.cards[0]!.text).toBe('Typed just before the delete');
    expect((await t.repo.list()).map((e) => e.id)).toEqual([copy.id]);
    await session.dispose();
    other.db.close();
  });
});
