import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addImages, MAX_IMAGE_DESCRIPTION, MAX_IMAGES_PER_CARD } from '../../model';
import type { PrepareResult } from '../../files/media/prepareImage';
import { useBlobs } from '../../canvas/blobs';
import { useEditorStore, useEditorStoreApi } from '../../store/EditorStoreContext';
import { Dialog } from '../Dialog';
import { errorText } from '../failureText';
import { formatBytes } from '../formatBytes';

type Item = { file: File; keepOriginal: boolean; result?: PrepareResult; preview?: string; alt: string };

/**
 * Pictures chosen, pasted or dropped onto a card: each checked and made ready (downscaled, its
 * card rendition made), shown with a field for its description, then stored and added together.
 * Nothing is stored or added before "Add"; a storage error says why and adds nothing.
 */
export function AddImagesDialog({ cardId, files, onClose }: { cardId: string; files: readonly File[]; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const store = useEditorStoreApi();
  const blobs = useBlobs();
  const room = useEditorStore((s) => MAX_IMAGES_PER_CARD - (s.board?.cards.find((c) => c.id === cardId)?.images?.length ?? 0));
  const [items, setItems] = useState<Item[]>(() => files.slice(0, Math.max(0, room)).map((file) => ({ file, keepOriginal: false, alt: '' })));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const left = files.length - items.length;

  // One file read at a time, each once (again when "keep the original" changes); the image code loads on first use.
  const pending = items.findIndex((item) => !item.result);
  const previews = useRef(new Set<string>()); // released when the dialog closes
  useEffect(() => {
    if (pending < 0) return;
    let live = true;
    const item = items[pending]!;
    void import('../../files/media/prepareImage')
      .then(({ prepareImage }) => prepareImage(item.file, item.keepOriginal))
      .catch((): PrepareResult => ({ ok: false, reason: 'unreadable' }))
      .then((result) => {
        if (!live) return;
        const preview = result.ok
          ? URL.createObjectURL(new Blob([result.prepared.thumb as Uint8Array<ArrayBuffer>], { type: result.prepared.thumbType }))
          : undefined;
        setItems((all) => all.map((x, k) => (k === pending ? { ...x, result, preview } : x)));
      });
    return () => void (live = false);
  }, [pending, items[pending]?.keepOriginal]); // eslint-disable-line react-hooks/exhaustive-deps -- the file to read next
  useEffect(() => () => previews.current.forEach((url) => URL.revokeObjectURL(url)), []);

  const ready = items.filter((x) => x.result?.ok);
  const update = (i: number, patch: Partial<Item>) => setItems((all) => all.map((x, k) => (k === i ? { ...x, ...patch } : x)));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready.length || pending >= 0 || saving) return;
    setSaving(true);
    setError(null);
    const now = new Date().toISOString();
    const prepared = ready.map((x) => ({ ...(x.result as PrepareResult & { ok: true }).prepared, alt: x.alt.trim() }));
    try {
      await blobs.put(
        prepared.map((p) => ({ hash: p.image.hash, type: p.image.type, bytes: p.bytes, thumb: p.thumb, thumbType: p.thumbType, createdAt: now })),
      );
    } catch (failure) {
      setSaving(false);
      setError(t('media.storeFailed', { message: errorText(t, failure) }));
      return;
    }
    store.getState().apply((b) =>
      addImages(
        b,
        cardId,
        prepared.map((p) => ({ ...p.image, alt: p.alt })),
      ),
    );
    onClose();
  };

  return (
    <Dialog title={t('media.addTitle', { count: files.length })} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} className="add-images">
        <p className="hint">{t('media.describeHelp')}</p>
        <ul className="add-image-list">
          {items.map((item, i) => (
            <li key={i}>
              {!item.result ? (
                <p role="status">{t('media.reading', { name: item.file.name || t('media.pasted') })}</p>
              ) : !item.result.ok ? (
                <p className="error" role="alert">
                  {t(`media.refused.${item.result.reason}`, { name: item.file.name || t('media.pasted') })}
                </p>
              ) : (
                <>
                  <img className="add-image-preview" src={item.preview} alt="" />
                  <div className="add-image-fields">
                    <label>
                      {t('media.description')}
                      <textarea
                        value={item.alt}
                        maxLength={MAX_IMAGE_DESCRIPTION}
                        rows={2}
                        // Read after the dialog opened: focused when it appears, the first description first.
                        autoFocus={i === items.findIndex((x) => x.result?.ok)}
                        placeholder={t('media.descriptionPlaceholder')}
                        onChange={(e) => update(i, { alt: e.target.value })}
                      />
                    </label>
                    <p className="hint">
                      {t('media.size', {
                        width: item.result.prepared.image.width,
                        height: item.result.prepared.image.height,
                        size: formatBytes(item.result.prepared.image.size, i18n.language),
                      })}
                    </p>
                    {(item.result.prepared.original || item.keepOriginal) && (
                      <label className="check">
                        <input
                          type="checkbox"
                          checked={item.keepOriginal}
                          onChange={(e) => {
                            if (item.preview) URL.revokeObjectURL(item.preview);
                            update(i, { keepOriginal: e.target.checked, result: undefined, preview: undefined });
                          }}
                        />
                        {t('media.keepOriginal', item.result.prepared.original ?? item.result.prepared.image)}
                      </label>
                    )}
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
        {left > 0 && <p className="hint">{t('media.tooMany', { count: left, max: MAX_IMAGES_PER_CARD })}</p>}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" disabled={!ready.length || pending >= 0 || saving}>
            {t('media.add', { count: ready.length })}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
