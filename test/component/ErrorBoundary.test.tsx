// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { renderInEnglish } from './render';

function Fails({ when }: { when: { fail: boolean } }): never | string {
  if (when.fail) throw new Error('name.map is not a function');
  return 'drawn again';
}

describe('ErrorBoundary', () => {
  it('keeps a failure in its area, says what failed, and tries again on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
    const when = { fail: true };
    await renderInEnglish(
      <>
        <ErrorBoundary area="Board canvas">
          <Fails when={when} />
        </ErrorBoundary>
        <button type="button">Share</button>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong showing the Board canvas');
    expect(screen.getByRole('alert')).toHaveTextContent('name.map is not a function');
    expect(screen.getByRole('button', { name: 'Share' })).toBeInTheDocument();
    when.fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('drawn again')).toBeInTheDocument();
  });
});
