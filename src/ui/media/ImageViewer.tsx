import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlobUrl } from '../../canvas/blobs';
import { useEditorStore } from '../../store/EditorStoreContext';
import { Dialog } from '../Dialog';

/** A card's pictures, one at a time, large: ← and → between them, Escape closes. */
export function ImageViewer({ cardId, index, onClose }: { cardId: string; index: number; onClose(): void }) {
  const { t } = useTranslation();
  const card = useEditorStore((s) => s.board?.cards.find((c) => c.id === cardId));
  const images = card?.images ?? [];
  const [at, setAt] = useState(index);
  const shown = images[Math.min(at, images.length - 1)];
  const url = useBlobUrl(shown?.hash, 'full');
  const go = (by: number) => setAt((i) => (i + by + images.length) % images.length);
  return (
    <Dialog title={t('media.viewerTitle', { card: card?.text.trim() || t('card.empty') })} onClose={onClose} wide>
      <div
        className="image-viewer"
        onKeyDown={(e) => {
          if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
            e.preventDefault();
            go(e.key === 'ArrowRight' ? 1 : -1);
          }
        }}
      >
        {shown ? (
          <figure>
            {url ? (
              <img src={url} alt={shown.alt} width={shown.width} height={shown.height} />
            ) : (
              <p className="image-missing">{url === null ? t('media.missing') : t('media.loading')}</p>
            )}
            <figcaption>{shown.alt || t('media.noDescription')}</figcaption>
          </figure>
        ) : (
          <p>{t('media.none')}</p>
        )}
        <div className="dialog-actions">
          {images.length > 1 && (
            <>
              <button type="button" onClick={() => go(-1)} aria-label={t('media.previous')}>
                ←
              </button>
              <span aria-live="polite">{t('media.position', { at: at + 1, count: images.length })}</span>
              <button type="button" onClick={() => go(1)} aria-label={t('media.next')}>
                →
              </button>
            </>
          )}
          <button type="button" onClick={onClose} data-autofocus>
            {t('common.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
