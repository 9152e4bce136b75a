import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addComment, commentThreads, deleteComment, editComment, setThreadResolved, type Comment } from '../model';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';

/**
 * Review comments on the selected card, in the side panel: threads with replies, resolve and
 * reopen, a new comment, and the user's own comments edited or deleted (undoable). Signed with a
 * name the user chose: the first comment asks for it. Part of the board's document, so they sync
 * like the rest of it (shared or not) and go into the PDF's comments appendix.
 */
export function CommentsPanel({ cardId }: { cardId: string }) {
  const { t, i18n } = useTranslation();
  const store = useEditorStoreApi();
  const comments = useEditorStore((s) => s.board?.comments);
  const author = useEditorStore((s) => s.author);
  const canComment = useEditorStore((s) => s.canComment);
  const threads = commentThreads(comments, cardId);
  const [draft, setDraft] = useState('');
  const [name, setName] = useState('');
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const signer = author || name.trim();
  const post = (text: string, replyTo?: string) => {
    if (!author) store.getState().setAuthor(signer); // kept as this device's name from now on
    store.getState().comment((b) => addComment(b, { cardId, author: signer, text: text.trim(), at: new Date().toISOString(), replyTo }));
  };
  const askName = !author && (
    <label className="field">
      <span>{t('comments.yourName')}</span>
      <input value={name} maxLength={60} onChange={(e) => setName(e.target.value)} required />
    </label>
  );

  const line = (c: Comment, deletable: boolean) => (
    <CommentLine key={c.id} comment={c} when={when} own={canComment && !!author && c.author === author} deletable={deletable} />
  );

  return (
    <section className="comments" aria-label={t('comments.title')}>
      <h3>{t('comments.title')}</h3>
      {!threads.length && <p className="hint">{t('comments.none')}</p>}
      <ul className="threads">
        {threads.map(({ root, replies }) => (
          <li key={root.id} className={root.resolved ? 'thread resolved' : 'thread'} aria-label={t('comments.thread', { author: root.author })}>
            {line(root, !replies.length)}
            {replies.map((r) => (
              <div key={r.id} className="reply">
                {line(r, true)}
              </div>
            ))}
            {root.resolved && <p className="hint">{t('comments.resolvedNote')}</p>}
            {canComment && (
              <ThreadActions
                threadId={root.id}
                resolved={!!root.resolved}
                askName={askName}
                canSend={!!signer}
                onReply={(text) => post(text, root.id)}
              />
            )}
          </li>
        ))}
      </ul>
      {canComment && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!draft.trim() || !signer) return;
            post(draft);
            setDraft('');
          }}
        >
          {askName}
          <label className="field">
            <span>{t('comments.new')}</span>
            <textarea rows={2} value={draft} onChange={(e) => setDraft(e.target.value)} />
          </label>
          <button type="submit" disabled={!draft.trim() || !signer}>
            {t('comments.add')}
          </button>
        </form>
      )}
    </section>
  );
}

/** One comment; its author may change its text or delete it (a thread's start only while nobody replied). */
function CommentLine({ comment: c, when, own, deletable }: { comment: Comment; when: Intl.DateTimeFormat; own: boolean; deletable: boolean }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="comment">
      <p className="comment-meta">
        <strong>{c.author}</strong> · <time dateTime={c.at}>{when.format(new Date(c.at))}</time>
        {c.editedAt && <span className="hint"> · {t('comments.edited')}</span>}
      </p>
      {editing === null ? (
        <p className="comment-text">{c.text}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            store.getState().comment((b) => editComment(b, c.id, editing, new Date().toISOString()));
            setEditing(null);
          }}
        >
          <label className="field">
            <span>{t('comments.editLabel')}</span>
            <textarea rows={2} value={editing} onChange={(e) => setEditing(e.target.value)} autoFocus />
          </label>
          <button type="submit" disabled={!editing.trim()}>
            {t('common.save')}
          </button>
          <button type="button" onClick={() => setEditing(null)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      {own && editing === null && (
        <div className="thread-actions">
          <button type="button" onClick={() => setEditing(c.text)} aria-label={t('comments.editOwn', { text: c.text.slice(0, 40) })}>
            {t('comments.edit')}
          </button>
          {deletable && (
            <button
              type="button"
              onClick={() => store.getState().comment((b) => deleteComment(b, c.id))}
              aria-label={t('comments.deleteOwn', { text: c.text.slice(0, 40) })}
            >
              {t('comments.delete')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function ThreadActions({
  threadId,
  resolved,
  askName,
  canSend,
  onReply,
}: {
  threadId: string;
  resolved: boolean;
  askName: ReactNode;
  canSend: boolean;
  onReply(text: string): void;
}) {
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
            if (!text.trim() || !canSend) return;
            onReply(text);
            setText('');
            setReplying(false);
          }}
        >
          {askName}
          <label className="field">
            <span>{t('comments.reply')}</span>
            <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
          </label>
          <button type="submit" disabled={!text.trim() || !canSend}>
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
          <button type="button" onClick={() => store.getState().comment((b) => setThreadResolved(b, threadId, !resolved))}>
            {resolved ? t('comments.reopen') : t('comments.resolve')}
          </button>
        </>
      )}
    </div>
  );
}
