import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addAttachments,
  MAX_ATTACHMENT_BYTES,
  moveImage,
  removeAttachment,
  removeImage,
  updateImage,
  type Card,
  type CardAttachment,
} from '../../model';
import { useBlobs, useBlobUrl } from '../../canvas/blobs';
import { useOpenDialog } from '../../canvas/EditorContext';
import { useEditorStore, useEditorStoreApi } from '../../store/EditorStoreContext';
import { sha256 } from '../../files/media/hash';
import { downloadBlob } from '../download';
import { errorText } from '../failureText';
import { formatBytes } from '../formatBytes';
import { FileButton } from '../FileButton';

/**
 * A card's pictures (each with its description, opened large, moved or removed, undoably) and
 * files (listed with name and size, downloaded, never opened here).
 */
export function CardMedia({ card }: { card: Card }) {
  const { t, i18n } = useTranslation();
  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  const store = useEditorStoreApi();
  // A view or comment link sees, opens and downloads them; only changing them is not offered.
  const readOnly = useEditorStore((s) => s.readOnly);
  const open = useOpenDialog();
  const blobs = useBlobs();
  const [message, setMessage] = useState<string | null>(null);
  const apply = store.getState().apply;
  const id = card.id;
  const images = card.images ?? [];
  const files = card.attachments ?? [];

  const addFiles = async (chosen: File[]) => {
    setMessage(null);
    const tooLarge = chosen.filter((f) => f.size > MAX_ATTACHMENT_BYTES);
    const taken = chosen.filter((f) => f.size <= MAX_ATTACHMENT_BYTES);
    const refused = tooLarge.map((f) => t('media.fileTooLarge', { name: f.name, size: size(f.size), max: size(MAX_ATTACHMENT_BYTES) }));
    try {
      const read = await Promise.all(taken.map(async (f) => ({ file: f, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const hashed = await Promise.all(read.map(async (r) => ({ ...r, hash: await sha256(r.bytes) })));
      const now = new Date().toISOString();
      await blobs.put(hashed.map((h) => ({ hash: h.hash, type: h.file.type || 'application/octet-stream', bytes: h.bytes, createdAt: now })));
      const attachments: CardAttachment[] = hashed.map((h) => ({
        hash: h.hash,
        type: (h.file.type || 'application/octet-stream').slice(0, 200),
        size: h.bytes.byteLength,
        name: (h.file.name || 'file').slice(0, 255),
      }));
      if (attachments.length) apply((b) => addAttachments(b, id, attachments));
    } catch (failure) {
      refused.push(t('media.storeFailed', { message: errorText(t, failure) }));
    }
    setMessage(refused.join(' ') || null);
  };

  const download = async (file: CardAttachment) => {
    const stored = await blobs.get(file.hash);
    if (!stored) return setMessage(t('media.fileMissing', { name: file.name }));
    // As bytes of no type the browser would open: a file on a card is saved, never shown here.
    downloadBlob(file.name, new Blob([stored.bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
  };

  return (
    <section className="card-media" aria-labelledby={`media-${id}`}>
      <h3 id={`media-${id}`}>{t('media.pictures')}</h3>
      {images.length > 0 && (
        <ul className="media-list">
          {images.map((image, i) => (
            <li key={image.hash}>
              <Thumb
                hash={image.hash}
                label={t('media.open', { at: i + 1, description: image.alt || t('media.noDescription') })}
                onOpen={() => open({ kind: 'viewImages', cardId: id, index: i })}
              />
              <fieldset className="media-fields bare" disabled={readOnly}>
                <label>
                  {t('media.descriptionOf', { at: i + 1 })}
                  <textarea
                    rows={2}
                    value={image.alt}
                    placeholder={t('media.descriptionPlaceholder')}
                    onChange={(e) => apply((b) => updateImage(b, id, image.hash, { alt: e.target.value }), { merge: `image:${id}:${image.hash}` })}
                    onBlur={() => store.getState().endBurst()}
                  />
                </label>
                <div className="media-actions">
                  <button type="button" disabled={i === 0} onClick={() => apply((b) => moveImage(b, id, image.hash, -1))}>
                    {t('media.earlier')}
                  </button>
                  <button type="button" disabled={i === images.length - 1} onClick={() => apply((b) => moveImage(b, id, image.hash, 1))}>
                    {t('media.later')}
                  </button>
                  <button type="button" onClick={() => apply((b) => removeImage(b, id, image.hash))}>
                    {t('media.remove', { at: i + 1 })}
                  </button>
                </div>
              </fieldset>
            </li>
          ))}
        </ul>
      )}
      {!readOnly && <FileButton label={t('media.addImage')} accept="image/*" onFiles={(files) => open({ kind: 'addImages', cardId: id, files })} />}
      <h3>{t('media.files')}</h3>
      {files.length > 0 && (
        <ul className="media-files">
          {files.map((file, i) => (
            <li key={`${file.hash}-${i}`}>
              <span className="file-name">{file.name}</span> <span className="hint">{size(file.size)}</span>
              <button type="button" onClick={() => void download(file)} aria-label={t('media.download', { name: file.name })}>
                {t('media.downloadShort')}
              </button>
              {!readOnly && (
                <button
                  type="button"
                  onClick={() => apply((b) => removeAttachment(b, id, i))}
                  aria-label={t('media.removeFile', { name: file.name })}
                >
                  {t('media.removeShort')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && <FileButton label={t('media.addFile')} onFiles={(files) => void addFiles(files)} />}
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}

/** A picture's card rendition as a button that opens it large. */
function Thumb({ hash, label, onOpen }: { hash: string; label: string; onOpen(): void }) {
  const { t } = useTranslation();
  const url = useBlobUrl(hash, 'thumb');
  return (
    <button type="button" className="media-thumb" aria-label={label} onClick={onOpen}>
      {url ? <img src={url} alt="" /> : <span className="image-missing">{url === null ? t('media.missing') : t('media.loading')}</span>}
    </button>
  );
}
