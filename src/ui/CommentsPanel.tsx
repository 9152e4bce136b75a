import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addComment, commentThreads, setThreadResolved, type Comment } from '../model';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';

/**
 * Review comments on the selected card, in the side panel: threads with replies, resolve and
 * reopen, and a new comment. Part of the board's document, so they sync like the rest of it
 * (shared or not) and go into the PDF's comments appendix.
 */
export function CommentsPanel({ cardId }: { cardId: string }) {
  const { t, i18n } = useTranslation();
  const store = useEditorStoreApi();
  const comments = useEditorStore((s) => s.board?.comments);
  const author = useEditorStore((s) => s.author);
  const readOnly = useEditorStore((s) => s.readOnly);
  const threads = commentThreads(comments, cardId);
  const [draft, setDraft] = useState('');
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const post = (text: string, replyTo?: string) =>
    store
      .getState()
      .apply((b) => addComment(b, { cardId, author: author || t('share.guest'), text: text.trim(), at: new Date().toISOString(), replyTo }));

  const line = (c: Comment) => (
    <div className="comment">
      <p className="comment-meta">
        <strong>{c.author}</strong> · <time dateTime={c.at}>{when.format(new Date(c.at))}</time>
      </p>
      <p className="comment-text">{c.text}</p>
    </div>
  );

  return (
    <section className="comments" aria-label={t('comments.title')}>
      <h3>{t('comments.title')}</h3>
      {!threads.length && <p className="hint">{t('comments.none')}</p>}
      <ul className="threads">
        {threads.map(({ root, replies }) => (
          <li key={root.id} className={root.resolved ? 'thread resolved' : 'thread'} aria-label={t('comments.thread', { author: root.author })}>
            {line(root)}
            {replies.map((r) => (
              <div key={r.id} className="reply">
                {line(r)}
              </div>
            ))}
            {root.resolved && <p className="hint">{t('comments.resolvedNote')}</p>}
            {!readOnly && <ThreadActions threadId={root.id} resolved={!!root.resolved} onReply={(text) => post(text, root.id)} />}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!draft.trim()) return;
            post(draft);
            setDraft('');
          }}
        >
          <label className="field">
            <span>{t('comments.new')}</span>
            <textarea rows={2} value={draft} onChange={(e) => setDraft(e.target.value)} />
          </label>
          <button type="submit" disabled={!draft.trim()}>
            {t('comments.add')}
          </button>
        </form>
      )}
    </section>
  );
}

function ThreadActions({ threadId, resolved, onReply }: { threadId: string; resolved: boolean; onReply(text: string): void }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const [replying, setReplying] = useState(false);
  const [text, setText] = useState('');
  return (
    <div className="thread-actions">
      {replying ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) return;
            onReply(text);
            setText('');
            setReplying(false);
          }}
        >
          <label className="field">
            <span>{t('comments.reply')}</span>
            <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
          </label>
          <button type="submit" disabled={!text.trim()}>
            {t('comments.send')}
          </button>
          <button type="button" onClick={() => setReplying(false)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <>
          <button type="button" onClick={() => setReplying(true)}>
            {t('comments.replyButton')}
          </button>
          <button type="button" onClick={() => store.getState().apply((b) => setThreadResolved(b, threadId, !resolved))}>
            {resolved ? t('comments.reopen') : t('comments.resolve')}
          </button>
        </>
      )}
    </div>
  );
}
