// @vitest-environment jsdom
import type { BoardRecord } from '../../src/persistence/db';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { repositoryPerTest } from '../support/repositoryPerTest';
import { LibraryPage } from '../../src/ui/LibraryPage';
import { renderInEnglish } from './render';
import { sample } from '../../src/model/test/fixtures';
import { BOARD_VERSION } from '../../src/model';

const t = repositoryPerTest('library');

describe('LibraryPage', () => {
  it('creates the restaurant sample on first run, once', async () => {
    await renderInEnglish(<LibraryPage repo={t.repo} />);
    expect(await screen.findByRole('link', { name: 'Restaurant visit' })).toHaveAttribute('href', expect.stringMatching(/^#\/board\//));
    expect(screen.getByRole('heading', { name: 'Boards' })).toBeInTheDocument();
    expect(await t.repo.settings.get('sampleCreated')).toBe(true);
    const [entry] = await t.repo.list();
    await t.repo.delete(entry!.id);
    await renderInEnglish(<LibraryPage repo={t.repo} />);
    await waitFor(() => expect(screen.getAllByText('No boards yet. Create one to start.').length).toBeGreaterThan(0));
  });

  it('asks before deleting and deletes only on confirmation', async () => {
    const user = userEvent.setup();
    await renderInEnglish(<LibraryPage repo={t.repo} />);
    const actions = await screen.findByRole('group', { name: 'Restaurant visit' });
    await user.click(within(actions).getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete board?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await t.repo.list()).toHaveLength(1);
    await user.click(within(actions).getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete board?' })).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await t.repo.list()).toHaveLength(0));
    expect(await screen.findByText('No boards yet. Create one to start.')).toBeInTheDocument();
  });

  it('shows a damaged board with its errors and no link to open it', async () => {
    await t.repo.settings.set('sampleCreated', true);
    await t.db.boards.put({
      id: 'x',
      title: 'Broken board',
      updatedAt: '2026-01-01T00:00:00Z',
      doc: { format: 'blueprint-studio/board', version: BOARD_VERSION + 1 },
    } as BoardRecord);
    await renderInEnglish(<LibraryPage repo={t.repo} />);
    expect(await screen.findByText(/newer version of Blueprint Studio/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Broken board' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Broken board' })).getByRole('button', { name: 'Download raw JSON' })).toBeEnabled();
  });

  it('lists a board whose document no longer opens as damaged, with its raw content and its versions restorable as new boards', async () => {
    const user = userEvent.setup();
    await t.repo.settings.set('sampleCreated', true);
    const board = await t.repo.create({ ...sample(), title: 'Shared once' });
    await t.repo.versions.save(board, 'named', 'Before the workshop');
    // A change from before the server checked updates: the document claims a newer format.
    const opened = await t.repo.open(board.id);
    if (!opened.ok) throw new Error('should open');
    opened.doc.getMap('meta').set('version', 99);
    opened.release();
    expect((await t.repo.open(board.id)).ok).toBe(false);

    await renderInEnglish(<LibraryPage repo={t.repo} />);
    const actions = await screen.findByRole('group', { name: 'Shared once' });
    expect(screen.getByText(/newer version of Blueprint Studio/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Shared once' })).not.toBeInTheDocument();
    const raw = (await t.repo.raw(board.id)) as { meta: { version: number }; cards: Record<string, unknown> };
    expect(raw.meta.version).toBe(99);
    expect(Object.keys(raw.cards)).toHaveLength(board.cards.length);

    await user.click(within(actions).getByRole('button', { name: 'Versions' }));
    const dialog = screen.getByRole('dialog', { name: 'Versions of “Shared once”' });
    await user.click(await within(dialog).findByRole('button', { name: /^Restore the version of .* as a new board$/ }));
    expect(await screen.findByRole('status')).toHaveTextContent('Restored as the new board “Shared once (restored)”.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Shared once (restored)' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Shared once' })).toBeInTheDocument(); // the damaged board stays
    // A backup holds every board: the readable ones, and the damaged one as it is stored.
    const backup = await t.repo.backup();
    expect(backup.boards.map((b) => b.title)).toEqual(['Shared once (restored)']);
    expect(backup.damaged).toEqual([
      { id: board.id, title: 'Shared once', raw: expect.objectContaining({ meta: expect.objectContaining({ version: 99 }) }) },
    ]);
  });
});
