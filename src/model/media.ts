import { z } from 'zod';

/**
 * Pictures and files on cards. The bytes never go into the board: a card holds what it needs to
 * show and find them (the SHA-256 of the stored bytes, type, size, pixel size, description), and
 * the bytes live once per content in the browser's blob store (and on the sync server when shared).
 */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** 64 lowercase hex digits: the SHA-256 of the bytes. */
export const blobHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const MAX_IMAGES_PER_CARD = 20;
export const MAX_ATTACHMENTS_PER_CARD = 50;
/** The largest attachment a card takes. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_IMAGE_DESCRIPTION = 1000;

export const imageSchema = z.object({
  hash: blobHashSchema,
  type: z.enum(IMAGE_TYPES),
  size: z.number().int().nonnegative(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** What the picture shows, for those who cannot see it (its alt text). */
  alt: z.string().max(MAX_IMAGE_DESCRIPTION),
});
export type CardImage = z.infer<typeof imageSchema>;

export const attachmentSchema = z.object({
  hash: blobHashSchema,
  /** The type the file said it was: kept to name the download, never used to open it. */
  type: z.string().max(200),
  size: z.number().int().nonnegative().max(MAX_ATTACHMENT_BYTES),
  name: z.string().min(1).max(255),
});
export type CardAttachment = z.infer<typeof attachmentSchema>;

/** A picture's or file's bytes as this browser keeps them (the blob store's record). */
export interface StoredBlob {
  /** SHA-256 of `bytes`, 64 hex digits. */
  hash: string;
  type: string;
  bytes: Uint8Array;
  /** A picture's rendition for cards (WebP, at most 480 px a side). */
  thumb?: Uint8Array;
  thumbType?: string;
  createdAt: string;
}

/** Every blob a board's cards use (what must be kept, exported and shared with it). */
export function blobsOf(cards: readonly { images?: readonly CardImage[]; attachments?: readonly CardAttachment[] }[]): Set<string> {
  const out = new Set<string>();
  for (const card of cards) {
    for (const image of card.images ?? []) out.add(image.hash);
    for (const file of card.attachments ?? []) out.add(file.hash);
  }
  return out;
}

/** Every blob a file's boards use. */
export const blobsOfBoards = (boards: readonly { cards: Parameters<typeof blobsOf>[0] }[]): Set<string> =>
  new Set(boards.flatMap((b) => [...blobsOf(b.cards)]));

/**
 * Every blob named in stored JSON that may not read as a board (a version, a template, a board
 * stored by an earlier build, a damaged one): each card's pictures and files, found without
 * trusting the shape, so that nothing they name is ever taken for unused.
 */
export function blobsInJson(doc: unknown): Set<string> {
  const out = new Set<string>();
  const cards = (doc as { cards?: unknown } | null)?.cards;
  if (!Array.isArray(cards)) return out;
  for (const card of cards)
    for (const list of [(card as { images?: unknown })?.images, (card as { attachments?: unknown })?.attachments])
      if (Array.isArray(list))
        for (const item of list) {
          const hash = (item as { hash?: unknown })?.hash;
          if (typeof hash === 'string') out.add(hash);
        }
  return out;
}
