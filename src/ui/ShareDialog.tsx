import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverReason } from './serverReason';
import { PERSONA_COLORS } from '../model';
import type { BoardRepository } from '../persistence';
import { LINK_KINDS, linksOf, type LinkKind } from '../persistence/db';
import type { BoardSession } from '../session/boardSession';
import { ShareError } from '../session/share/api';
import { whoAmI } from '../session/me';
import { errorText } from './failureText';
import { Dialog } from './Dialog';
import { ConfirmDialog } from './ConfirmDialog';
import { joinLink } from './routes';

const defaultServer = () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.hostname || '127.0.0.1'}:1234`;

/**
 * Share: the sync server's address (remembered), Start sharing, then the edit, comment and view
 * links to give out (with copy buttons; the owner may replace or revoke each kind on its own)
 * and Stop sharing. Also the name and colour others see.
 */
export function ShareDialog({ session, repo, onClose }: { session: BoardSession; repo: BoardRepository; onClose(): void }) {
  const { t } = useTranslation();
  const [share, setShare] = useState(session.sharing());
  const [server, setServer] = useState(share?.server ?? '');
  const [name, setName] = useState('');
  const [color, setColor] = useState<string>(PERSONA_COLORS[0]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [confirmStop, setConfirmStop] = useState(false);
  const [confirmRevoke, setConfirmRevoke] = useState<LinkKind | null>(null);
  const chosen = useRef({ name: false, color: false });
  useEffect(() => {
    void repo.settings.get('shareServer').then(
      (saved) => setServer((s) => s || saved || defaultServer()),
      () => setServer((s) => s || defaultServer()),
    );
    // What this device knows arrives after the dialog opened: a name or colour chosen meanwhile
    // (typed fast, on a slow machine) is kept, never overwritten by it.
    void whoAmI(repo, t('share.guest')).then((me) => {
      if (!chosen.current.name) setName(me.name);
      if (!chosen.current.color) setColor(me.color);
    });
  }, [repo, t]);
  // The name and colour others see: if they cannot be kept on this device, say so (the others
  // still see them for this visit).
  const saveMe = (next: { name: string; color: string }) =>
    session.setMe(next).catch((e: unknown) => setError(t('share.nameNotSaved', { message: errorText(t, e) })));

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(
        e instanceof ShareError
          ? t(`share.stopFailed.${e.code}`, { server: share?.server, reason: e.detail && serverReason(t, e.detail) })
          : t('share.failed', { message: errorText(t, e) }),
      );
    } finally {
      setBusy(false);
    }
  };
  const start = () =>
    run(async () => {
      const address = server.trim();
      await repo.settings.set('shareServer', address);
      await saveMe({ name: name.trim() || t('share.guest'), color }); // the others see who shared
      setShare(await session.share(address));
    });
  const stop = () =>
    run(async () => {
      await session.stopSharing();
      setShare(undefined);
    });
  const leave = () =>
    run(async () => {
      await session.leave();
      setShare(undefined);
    });
  const changeLink = (kind: LinkKind, renew: boolean) =>
    run(async () => {
      setShare(await session.setLink(kind, renew));
      setCopied(null);
    });
  const copy = async (which: string, text: string) => {
    // "Copied" only when it was: a browser may refuse the clipboard (the link can still be selected and copied by hand).
    const done = await (navigator.clipboard?.writeText(text).then(() => true) ?? Promise.resolve(false)).catch(() => false);
    setCopied(done ? which : null);
    if (!done) setError(t('share.copyFailed'));
  };

  // The owner holds every kind of link; one who joined holds the one they were given.
  const held = share && (share.owner ? linksOf(share) : { [share.access ?? 'view']: share.token });
  const label = (kind: LinkKind) => t(`share.${kind}Link`);

  return (
    <Dialog title={t('share.title')} onClose={onClose}>
      <div className="share-me">
        <label className="field">
          <span>{t('share.yourName')}</span>
          <input
            value={name}
            maxLength={60}
            onChange={(e) => {
              chosen.current.name = true;
              setName(e.target.value);
            }}
            onBlur={() => void (name.trim() && saveMe({ name: name.trim(), color }))}
          />
        </label>
        <fieldset className="share-colors">
          <legend>{t('share.yourColor')}</legend>
          {PERSONA_COLORS.map((c, i) => (
            <label key={c} className="swatch" style={{ background: c }}>
              <input
                type="radio"
                name="share-color"
                checked={color === c}
                onChange={() => {
                  chosen.current.color = true;
                  setColor(c);
                  void saveMe({ name: name.trim() || t('share.guest'), color: c });
                }}
              />
              <span className="visually-hidden">{t('share.color', { n: i + 1 })}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {!share ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <p className="hint">{t('share.explain')}</p>
          <label className="field">
            <span>{t('share.server')}</span>
            <input value={server} onChange={(e) => setServer(e.target.value)} />
          </label>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('common.close')}
            </button>
            <button type="submit" className="primary" disabled={busy || !/^wss?:\/\/\S+$/i.test(server.trim())}>
              {t('share.start')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="hint">{t(share.owner ? 'share.sharedThrough' : 'share.joinedThrough', { server: share.server })}</p>
          {LINK_KINDS.filter((kind) => share.owner || held?.[kind]).map((kind) => {
            const secret = held?.[kind];
            const value = secret ? joinLink(share.server, share.room, secret) : '';
            return (
              <div className="field share-link" key={kind}>
                <label htmlFor={`share-${kind}`}>{label(kind)}</label>
                <p className="hint" id={`share-${kind}-hint`}>
                  {t(`share.${kind}LinkHint`)}
                </p>
                {secret ? (
                  <div className="share-row">
                    <input id={`share-${kind}`} readOnly value={value} onFocus={(e) => e.target.select()} aria-describedby={`share-${kind}-hint`} />
                    <button type="button" onClick={() => void copy(kind, value)} aria-label={t('share.copy', { link: label(kind) })}>
                      {copied === kind ? t('share.copied') : t('share.copyShort')}
                    </button>
                    {share.owner && (
                      <button
                        type="button"
                        onClick={() => setConfirmRevoke(kind)}
                        disabled={busy}
                        aria-label={t('share.revoke', { link: label(kind) })}
                      >
                        {t('share.revokeShort')}
                      </button>
                    )}
                  </div>
                ) : (
                  <div className="share-row">
                    <span className="hint">{t('share.noLink')}</span>
                    <button type="button" onClick={() => void changeLink(kind, true)} disabled={busy}>
                      {t('share.makeLink', { link: label(kind) })}
                    </button>
                  </div>
                )}
              </div>
            );
          })}
          <div className="dialog-actions">
            {/* Only the owner ends sharing for everyone (after a question); the others can only leave. */}
            {share.owner ? (
              <button type="button" className="danger secondary-start" onClick={() => setConfirmStop(true)} disabled={busy}>
                {t('share.stop')}
              </button>
            ) : (
              <button type="button" className="secondary-start" onClick={() => void leave()} disabled={busy} aria-describedby="share-leave-hint">
                {t('share.leave')}
              </button>
            )}
            <button type="button" className="primary" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </>
      )}
      {share && !share.owner && (
        <p className="hint" id="share-leave-hint">
          {t('share.leaveHint')}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {confirmRevoke && (
        <ConfirmDialog
          title={t('share.confirmRevoke', { link: label(confirmRevoke) })}
          body={t('share.confirmRevokeBody')}
          confirmLabel={t('share.revokeShort')}
          onCancel={() => setConfirmRevoke(null)}
          onConfirm={() => {
            const kind = confirmRevoke;
            setConfirmRevoke(null);
            void changeLink(kind, false);
          }}
        />
      )}
      {confirmStop && (
        <ConfirmDialog
          title={t('share.confirmStop')}
          body={t('share.confirmStopBody')}
          confirmLabel={t('share.stop')}
          onCancel={() => setConfirmStop(false)}
          onConfirm={() => {
            setConfirmStop(false);
            void stop();
          }}
        />
      )}
    </Dialog>
  );
}
