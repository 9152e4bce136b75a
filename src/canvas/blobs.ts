import { createContext, useContext, useEffect, useState } from 'react';
import type { StoredBlob } from '../model';

/** Where the editor reads and stores the bytes of pictures and files (the browser's blob store). */
export interface BlobAccess {
  get(hash: string): Promise<StoredBlob | undefined>;
  put(records: readonly StoredBlob[]): Promise<void>;
  /** Tells when a blob this browser lacked may be had now (a shared board's arrived on the server). */
  onArrival?(listener: (hash: string) => void): () => void;
}

export const BlobContext = createContext<BlobAccess | null>(null);

export function useBlobs(): BlobAccess {
  const blobs = useContext(BlobContext);
  if (!blobs) throw new Error('useBlobs: no BlobContext above this component');
  return blobs;
}

/** Object URLs of card renditions, made once per picture while the app runs (they are small). */
const thumbs = new Map<string, Promise<string | null>>();

const asBlob = (bytes: Uint8Array, type: string) => new Blob([bytes as Uint8Array<ArrayBuffer>], { type });

/**
 * The address of a picture's card rendition (`thumb`) or of the picture itself (`full`, released
 * when the component goes): undefined while it loads, null when this browser does not hold it
 * (a board imported without its pictures, or one a collaborator added not fetched yet).
 */
export function useBlobUrl(hash: string | undefined, kind: 'thumb' | 'full'): string | null | undefined {
  const blobs = useContext(BlobContext);
  const [url, setUrl] = useState<{ hash: string; url: string | null } | null>(null);
  // Asked again when a missing blob arrives (a collaborator's picture, once uploaded).
  const [arrivals, setArrivals] = useState(0);
  useEffect(() => {
    if (!hash || !blobs) return;
    let live = true;
    let made: string | null = null;
    let answered = false;
    // Listening from before the question, not from its "missing" answer: an arrival told between
    // the answer and the next render would otherwise be missed, and the picture never shown.
    const stopListening = blobs.onArrival?.((h) => h === hash && !answered && setArrivals((n) => n + 1));
    const load =
      kind === 'thumb'
        ? (thumbs.get(hash) ??
          thumbs
            .set(
              hash,
              blobs.get(hash).then((b) => {
                const url = b ? URL.createObjectURL(b.thumb ? asBlob(b.thumb, b.thumbType ?? 'image/webp') : asBlob(b.bytes, b.type)) : null;
                if (!url) thumbs.delete(hash); // asked again later: it may have arrived
                return url;
              }),
            )
            .get(hash)!)
        : blobs.get(hash).then((b) => {
            if (!b || !live) return null; // gone before it loaded: no address to release later
            return (made = URL.createObjectURL(asBlob(b.bytes, b.type)));
          });
    load.then(
      (u) => {
        answered = !!u;
        if (live) setUrl({ hash, url: u });
      },
      () => live && setUrl({ hash, url: null }),
    );
    return () => {
      live = false;
      stopListening?.();
      if (made) URL.revokeObjectURL(made);
    };
  }, [hash, kind, blobs, arrivals]);
  return hash && url?.hash === hash ? url.url : undefined;
}
