import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Keeps a failure in one part of the editor (the board, the side panel, the Analysis view) in
 * that part: it says what failed and offers to try again, while the rest of the editor (saving,
 * Share, History, Export) stays usable. The board's document is untouched.
 */
export class ErrorBoundary extends Component<{ area: string; children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    if (!this.state.error) return this.props.children;
    return <Failure area={this.props.area} message={this.state.error.message} onRetry={() => this.setState({ error: null })} />;
  }
}

function Failure({ area, message, onRetry }: { area: string; message: string; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="area-failure">
      <p>{t('editor.areaFailed', { area })}</p>
      <p className="hint">{message}</p>
      <button type="button" onClick={onRetry}>
        {t('editor.tryAgain')}
      </button>
    </div>
  );
}
