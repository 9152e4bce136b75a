// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SaveIndicator } from '../../src/ui/SaveIndicator';
import { failureOf } from '../../src/persistence/failure';
import { createEditorStore } from '../../src/store/editorStore';
import { renderInEnglish } from './render';

/** Each test has its own store, as each editor page does. */
let editorStore = createEditorStore();
beforeEach(() => {
  editorStore = createEditorStore();
});

afterEach(() => act(() => editorStore.getState().close()));

describe('SaveIndicator', () => {
  it('always shows the save state in a status element', async () => {
    await renderInEnglish(<SaveIndicator onRetry={() => {}} />, editorStore);
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
    act(() => editorStore.getState().setSave({ state: 'saving' }));
    expect(screen.getByRole('status')).toHaveTextContent('Saving');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('reports a failed write with the reason, a retry and a download', async () => {
    const onRetry = vi.fn();
    await renderInEnglish(<SaveIndicator onRetry={onRetry} />, editorStore);
    const full = new DOMException('The quota has been exceeded', 'QuotaExceededError');
    act(() => editorStore.getState().setSave({ state: 'error', failure: failureOf(full) }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Not saved: this browser’s storage for the app is full.*\(The quota has been exceeded\)/);
    await userEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Download JSON' })).toBeInTheDocument();
  });
});
