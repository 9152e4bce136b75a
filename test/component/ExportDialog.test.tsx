// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { addStep } from '../../src/model';
import { sample } from '../../src/model/test/fixtures';
import { createEditorStore } from '../../src/store/editorStore';
import { ExportDialog } from '../../src/ui/ExportDialog';
import { renderInEnglish } from './render';

describe('ExportDialog', () => {
  it('keeps its page count up to date while the board changes (an edit from a collaborator, say)', async () => {
    const store = createEditorStore();
    const board = sample();
    act(() => store.getState().open(board));
    const prefs = { load: async () => ({ paper: 'A4' as const, orientation: 'portrait' as const, mode: 'tile' as const }), save: async () => {} };
    await renderInEnglish(
      <ReactFlowProvider>
        <ExportDialog
          onClose={() => {}}
          backup={async () => ({ blob: new Blob(), extension: 'json' as const })}
          prefs={prefs}
          onBackedUp={() => {}}
          onSaveTemplate={() => {}}
        />
      </ReactFlowProvider>,
      store,
    );
    const count = async () => Number(/(\d+)/.exec((await screen.findByText(/\d+ pages?/)).textContent ?? '')?.[1]);
    const before = await count();
    act(() =>
      store.getState().apply((b) => {
        let next = b;
        for (let i = 0; i < 40; i++) next = addStep(next, { stageId: board.stages[0]!.id, name: `Step ${i}` });
        return next;
      }),
    );
    await expect.poll(count).toBeGreaterThan(before);
  });
});
