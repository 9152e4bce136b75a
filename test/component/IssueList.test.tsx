// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { setLanguage } from '../../src/i18n';
import { IssueList } from '../../src/ui/IssueList';
import { validateBoard, type BoardIssue } from '../../src/model';
import { sample } from '../../src/model/test/fixtures';
import { renderInEnglish } from './render';

/** Problems found by the model, with the wrong lane and a duplicate id. */
function brokenBoardIssues(): BoardIssue[] {
  const board = sample();
  board.cards[0]!.laneId = 'nope';
  board.steps[2]!.id = board.steps[1]!.id;
  const result = validateBoard(board);
  if (result.ok) throw new Error('the board should not pass');
  return result.errors;
}

describe('IssueList', () => {
  afterEach(() => setLanguage('en'));

  it('words what the model found in English, each at its path', async () => {
    await renderInEnglish(<IssueList issues={brokenBoardIssues()} />);
    expect(screen.getByText('cards[0].laneId').closest('li')).toHaveTextContent('cards[0].laneId: refers to a missing lane "nope"');
    expect(screen.getByText('steps[2].id').closest('li')).toHaveTextContent(/duplicate id ".+" \(first used at steps\[1\]\.id\)/);
  });

  it('words the same problems in Chinese: nothing from a lower layer comes through in English', async () => {
    await renderInEnglish(<IssueList issues={brokenBoardIssues()} />);
    await act(() => setLanguage('zh-CN'));
    expect(await screen.findByText(/引用了不存在的泳道“nope”/)).toBeInTheDocument();
    expect(screen.getByText('steps[2].id').closest('li')).toHaveTextContent(/重复的 id“.+”（首次出现在 steps\[1\]\.id）/);
  });

  it('shows a report stored by an earlier build (no code) in its own words', async () => {
    await renderInEnglish(<IssueList issues={[{ path: 'version', message: 'made by a newer version of the app (format 9)' }]} />);
    expect(screen.getByText('version').closest('li')).toHaveTextContent('version: made by a newer version of the app (format 9)');
  });
});
