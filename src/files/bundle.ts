import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { blobsOfBoards, issue, IMAGE_TYPES, type BoardIssue } from '../model';
import { sha256 } from './media/hash';
import { readImportText, type ImportResult } from './import';

/**
 * A board (or a backup of boards) with the bytes of its pictures and files: one zip that imports
 * back whole into any browser. `manifest.json` says what it is; `board.json` is the board or backup
 * file as exported on its own; `blobs/<sha-256>` are the bytes and `thumbs/<sha-256>` the card
 * renditions. Every blob is checked against its name (its hash) on the way in.
 */
export const BUNDLE_FORMAT = 'blueprint-studio/bundle';
export const BUNDLE_VERSION = 1;

export interface BundledBlob {
  hash: string;
  type: string;
  bytes: Uint8Array;
  thumb?: Uint8Array;
  thumbType?: string;
}

/** The largest bundle read, and the most its files may unpack to (a zip bomb is refused before it unpacks). */
export const MAX_BUNDLE_BYTES = 500 * 1024 * 1024;
const MAX_UNPACKED = 1024 * 1024 * 1024;
const MAX_ENTRY = 60 * 1024 * 1024;

export function makeBundle(json: string, blobs: readonly BundledBlob[]): Uint8Array {
  const files: Zippable = {
    'manifest.json': strToU8(
      JSON.stringify({
        format: BUNDLE_FORMAT,
        version: BUNDLE_VERSION,
        blobs: blobs.map(({ hash, type, thumbType }) => ({ hash, type, thumbType })),
      }),
    ),
    'board.json': [strToU8(json), { level: 6 }],
  };
  // Pictures are compressed already: stored as they are, which is as small and much faster.
  for (const b of blobs) {
    files[`blobs/${b.hash}`] = [b.bytes, { level: 0 }];
    if (b.thumb) files[`thumbs/${b.hash}`] = [b.thumb, { level: 0 }];
  }
  return zipSync(files, { level: 6 });
}

export type BundleResult = (ImportResult & { ok: true; blobs: BundledBlob[] }) | (ImportResult & { ok: false });

/** Reads a bundle: its boards as any import reads them, and each blob whose bytes match its name. */
export async function readBundle(bytes: Uint8Array, name: string): Promise<BundleResult> {
  const fail = (errors: BoardIssue[]): BundleResult => ({ ok: false, file: name, errors });
  let unpacked = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        unpacked += f.originalSize;
        if (f.originalSize > MAX_ENTRY || unpacked > MAX_UNPACKED) throw new RangeError(f.name);
        return true;
      },
    });
  } catch (e) {
    return fail([
      issue('(file)', e instanceof RangeError ? 'bundleTooLarge' : 'notBundle', { detail: e instanceof RangeError ? e.message : String(e) }),
    ]);
  }
  let manifest: { format?: unknown; version?: unknown; blobs?: unknown };
  try {
    manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array()));
  } catch {
    return fail([issue('manifest.json', 'notBundle', { detail: 'manifest.json' })]);
  }
  if (manifest?.format !== BUNDLE_FORMAT) return fail([issue('manifest.json', 'notBundle', { detail: 'format' })]);
  if (typeof manifest.version !== 'number' || manifest.version > BUNDLE_VERSION)
    return fail([issue('manifest.json', 'newerFormat', { version: String(manifest.version) })]);
  const board = files['board.json'];
  if (!board) return fail([issue('board.json', 'notBundle', { detail: 'board.json' })]);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(board);
  } catch {
    return fail([issue('board.json', 'notUtf8')]);
  }
  const read = readImportText(text.replace(/^\uFEFF/, ''), name);
  if (!read.ok) return read;
  const used = blobsOfBoards(read.boards);
  const listed = Array.isArray(manifest.blobs) ? (manifest.blobs as { hash?: unknown; type?: unknown; thumbType?: unknown }[]) : [];
  const blobs: BundledBlob[] = [];
  for (const entry of listed) {
    const hash = typeof entry?.hash === 'string' ? entry.hash : '';
    const bytes = files[`blobs/${hash}`];
    if (!used.has(hash) || !bytes) continue; // only what the boards use
    if ((await sha256(bytes)) !== hash) return fail([issue(`blobs/${hash}`, 'blobMismatch')]);
    const type = typeof entry.type === 'string' ? entry.type.slice(0, 200) : 'application/octet-stream';
    const thumb = files[`thumbs/${hash}`];
    // A card rendition must be a picture type this app makes; anything else is dropped (one is made on use).
    const thumbType = typeof entry.thumbType === 'string' && ([...IMAGE_TYPES] as string[]).includes(entry.thumbType) ? entry.thumbType : undefined;
    blobs.push({ hash, type, bytes, ...(thumb && thumbType && { thumb, thumbType }) });
  }
  return { ...read, blobs };
}
