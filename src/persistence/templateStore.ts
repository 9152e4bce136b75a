import { newId, readBoard, standalone, validateBoard, type Board } from '../model';
import type { BlueprintDB } from './db';
import { InvalidBoardError } from './results';

/** A template the user saved, readable (a damaged one is left out of the gallery, never deleted). */
export interface UserTemplate {
  id: string;
  name: string;
  createdAt: string;
  board: Board;
}

/** The user's own templates, offered in the New board gallery. */
export class TemplateStore {
  constructor(private readonly db: BlueprintDB) {}

  /** Newest first. */
  async list(): Promise<UserTemplate[]> {
    const records = await this.db.templates.orderBy('createdAt').reverse().toArray();
    return records.flatMap((r) => {
      const result = readBoard(r.board);
      return result.ok ? [{ id: r.id, name: r.name, createdAt: r.createdAt, board: result.board }] : [];
    });
  }

  /** Keeps a board as a template under `name` (the board itself stays as it is). */
  async save(name: string, board: Board): Promise<UserTemplate> {
    const checked = validateBoard(board);
    if (!checked.ok) throw new InvalidBoardError(checked.errors);
    // A template is a structure to start from: the source board's review comments, its activity
    // and its place among scenarios stay with it.
    const { comments: _comments, activity: _activity, ...content } = standalone(board);
    const template = { id: newId('tp_'), name, createdAt: new Date().toISOString(), board: content };
    await this.db.templates.add(template);
    return template;
  }

  async delete(id: string): Promise<void> {
    await this.db.templates.delete(id);
  }
}
