import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addComment,
  commentPeople,
  commentThreads,
  deleteComment,
  editComment,
  mentionParts,
  setThreadResolved,
  unseenComments,
  type Comment,
} from '../model';
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
  const peers = useEditorStore((s) => s.peers);
  const seen = useEditorStore((s) => s.seenComments);
  const threads = commentThreads(comments, cardId);
  // Everyone who can be mentioned: the comments' authors, the people here now, this user.
  const people = commentPeople(comments, [...peers.map((p) => p.name), ...(author ? [author] : [])]);
  // Others' comments not shown before this card's panel opened are marked new while it is open
  // (what had been seen is read once, when it is known); showing them notes them as seen.
  const [seenAtOpen, setSeenAtOpen] = useState(seen);
  if (seenAtOpen === null && seen) setSeenAtOpen(seen);
  const unseenIds = unseenComments(comments, seen, author)
    .filter((c) => c.cardId === cardId)
    .map((c) => c.id)
    .join(' ');
  useEffect(() => {
    if (unseenIds) store.getState().markCommentsSeen(unseenIds.split(' '));
  }, [unseenIds, store]);
  const fresh = new Set(unseenComments(comments, seenAtOpen, author).map((c) => c.id));
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
    <CommentLine
      key={c.id}
      comment={c}
      when={when}
      own={canComment && !!author && c.author === author}
      deletable={deletable}
      people={people}
      me={author}
      isNew={fresh.has(c.id)}
    />
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
                people={people}
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
          <MentionPicker people={people} me={author} onPick={(name) => setDraft((d) => withMention(d, name))} />
          <button type="submit" disabled={!draft.trim() || !signer}>
            {t('comments.add')}
          </button>
        </form>
      )}
    </section>
  );
}

/** A draft with `@name ` added at its end (after a space). */
const withMention = (draft: string, name: string) => `${draft}${draft && !/\s$/.test(draft) ? ' ' : ''}@${name} `;

/**
 * Mention someone: a plain select of the people the board knows (choosing adds "@name" to the
 * text), so it works the same with a keyboard, a screen reader or a pointer. Typing "@name" by
 * hand mentions them too.
 */
function MentionPicker({ people, me, onPick }: { people: readonly string[]; me: string; onPick(name: string): void }) {
  const { t } = useTranslation();
  const others = people.filter((p) => p.toLowerCase() !== me.trim().toLowerCase());
  if (!others.length) return null;
  return (
    <label className="field mention-picker">
      <span>{t('comments.mention')}</span>
      <select
        value=""
        onChange={(e) => {
          if (e.target.value) onPick(e.target.value);
        }}
      >
        <option value="">{t('comments.mentionChoose')}</option>
        {others.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A comment's text with its mentions drawn apart (and said as such); a mention of this user stands out. */
function CommentText({ text, people, me }: { text: string; people: readonly string[]; me: string }) {
  const { t } = useTranslation();
  const mine = me.trim().toLowerCase();
  return (
    <p className="comment-text">
      {mentionParts(text, people).map((part, i) =>
        part.mention ? (
          <strong key={i} className={part.mention.toLowerCase() === mine ? 'mention mention-me' : 'mention'}>
            {part.text}
            {part.mention.toLowerCase() === mine && <span className="visually-hidden"> ({t('comments.mentionsYou')})</span>}
          </strong>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}

/** One comment; its author may change its text or delete it (a thread's start only while nobody replied). */
function CommentLine({
  comment: c,
  when,
  own,
  deletable,
  people,
  me,
  isNew,
}: {
  comment: Comment;
  when: Intl.DateTimeFormat;
  own: boolean;
  deletable: boolean;
  people: readonly string[];
  me: string;
  isNew: boolean;
}) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="comment">
      <p className="comment-meta">
        <strong>{c.author}</strong> · <time dateTime={c.at}>{when.format(new Date(c.at))}</time>
        {c.editedAt && <span className="hint"> · {t('comments.edited')}</span>}
        {isNew && <span className="badge new-comment">{t('comments.newMark')}</span>}
      </p>
      {editing === null ? (
        <CommentText text={c.text} people={people} me={me} />
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
  people,
}: {
  threadId: string;
  resolved: boolean;
  askName: ReactNode;
  canSend: boolean;
  onReply(text: string): void;
  people: readonly string[];
}) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const author = useEditorStore((s) => s.author);
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
          <MentionPicker people={people} me={author} onPick={(name) => setText((d) => withMention(d, name))} />
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
