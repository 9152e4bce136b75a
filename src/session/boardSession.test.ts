import { describe, expect, it, vi } from 'vitest';
import { repositoryPerTest } from '../../test/support/repositoryPerTest';
import { renameBoard } from '../model';
import { sample } from '../model/test/fixtures';
import { createEditorStore } from '../store/editorStore';
import { startBoardSession } from './boardSession';

const t = repositoryPerTest('session');

describe('board session versions', () => {
  it('a version that storage refuses never blocks editing: the edit is saved, the user told', async () => {
    const board = await t.repo.create(sample());
    const store = createEditorStore();
    const onVersionError = vi.fn();
    const session = startBoardSession(board, board.revision, { repo: t.repo, store, conflictTitle: (x) => x, onConflict: () => {}, onVersionError });
    store.getState().apply((b) => renameBoard(b, 'Edited before the version'));
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(t.repo, 'snapshot').mockRejectedValue(quota);
    expect(await session.keepVersion('named', 'Workshop')).toBe(false);
    expect(onVersionError).toHaveBeenCalledWith(expect.stringContaining('quota'));
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
    const session = startBoardSession(board, board.revision, { repo: t.repo, store, conflictTitle: (x) => x, onConflict: () => {} });
    expect(await session.keepVersion('named', 'Start')).toBe(true);
    store.getState().apply((b) => renameBoard(b, 'Changed'));
    const [start] = (await session.versions()).filter((v) => v.name === 'Start');
    expect(await session.restore(start!.id)).toBe(true);
    expect(store.getState().board!.title).toBe(board.title);
    expect((await session.versions())[0]!.reason).toBe('before-restore');
    store.getState().undo();
    expect(store.getState().board!.title).toBe('Changed');
    const copy = await session.restoreAsCopy(start!.id, (title) => `${title} (restored)`);
    expect(copy!.title).toBe(`${board.title} (restored)`);
    expect(copy!.id).not.toBe(board.id);
    await session.dispose();
  });
});
