import type { Board } from '../board';
import { MAX_ATTACHMENTS_PER_CARD, MAX_IMAGES_PER_CARD, type CardAttachment, type CardImage } from '../media';
import { updateCard } from './cards';

/**
 * Pictures and files on a card. A card lists each content once (the same photo added twice is
 * one picture); what a card cannot take (past its limit) is left out, and the caller says so.
 */
export function addImages(board: Board, cardId: string, images: readonly CardImage[]): Board {
  const card = board.cards.find((c) => c.id === cardId);
  if (!card) return board;
  const have = card.images ?? [];
  const fresh = images.filter((image, i) => !have.some((x) => x.hash === image.hash) && images.findIndex((x) => x.hash === image.hash) === i);
  const next = [...have, ...fresh].slice(0, MAX_IMAGES_PER_CARD);
  return next.length === have.length ? board : updateCard(board, cardId, { images: next });
}

export function updateImage(board: Board, cardId: string, hash: string, patch: Pick<CardImage, 'alt'>): Board {
  const card = board.cards.find((c) => c.id === cardId);
  const images = card?.images;
  if (!images?.some((x) => x.hash === hash && x.alt !== patch.alt)) return board;
  return updateCard(board, cardId, { images: images.map((x) => (x.hash === hash ? { ...x, ...patch } : x)) });
}

export function removeImage(board: Board, cardId: string, hash: string): Board {
  const images = board.cards.find((c) => c.id === cardId)?.images;
  if (!images?.some((x) => x.hash === hash)) return board;
  const next = images.filter((x) => x.hash !== hash);
  return updateCard(board, cardId, { images: next.length ? next : undefined });
}

/** Moves a picture one place earlier or later (the first is the one the card shows). */
export function moveImage(board: Board, cardId: string, hash: string, by: -1 | 1): Board {
  const images = board.cards.find((c) => c.id === cardId)?.images;
  const from = images?.findIndex((x) => x.hash === hash) ?? -1;
  const to = from + by;
  if (!images || from < 0 || to < 0 || to >= images.length) return board;
  const next = images.slice();
  [next[from], next[to]] = [next[to]!, next[from]!];
  return updateCard(board, cardId, { images: next });
}

export function addAttachments(board: Board, cardId: string, files: readonly CardAttachment[]): Board {
  const card = board.cards.find((c) => c.id === cardId);
  if (!card) return board;
  const have = card.attachments ?? [];
  const fresh = files.filter(
    (f, i) => !have.some((x) => x.hash === f.hash && x.name === f.name) && files.findIndex((x) => x.hash === f.hash && x.name === f.name) === i,
  );
  const next = [...have, ...fresh].slice(0, MAX_ATTACHMENTS_PER_CARD);
  return next.length === have.length ? board : updateCard(board, cardId, { attachments: next });
}

export function removeAttachment(board: Board, cardId: string, index: number): Board {
  const files = board.cards.find((c) => c.id === cardId)?.attachments;
  if (!files?.[index]) return board;
  const next = files.filter((_, i) => i !== index);
  return updateCard(board, cardId, { attachments: next.length ? next : undefined });
}
