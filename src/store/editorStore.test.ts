import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEditorStore, textBurst } from './editorStore';
import { sample } from '../model/test/fixtures';
import { applyOp, opArb } from '../model/test/randomOps';
import * as Y from 'yjs';
import { addCard, addComment, renameBoard, setThreadResolved, updateCard } from '../model';
import { docFromBoard, readDoc, writeBoard } from '../document';

describe('editor store history', () => {
  it('undo after any op restores the exact previous board, and redo reapplies it', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), opArb, (prefix, op) => {
        const store = createEditorStore();
        store.getState().open(prefix.reduce(applyOp, sample()));
        const before = store.getState().board!;
        const snapshot = structuredClone(before);
        store.getState().apply((b) => applyOp(b, op));
        const after = structuredClone(store.getState().board!);
        store.getState().undo();
        expect(store.getState().board).toEqual(snapshot);
        store.getState().redo();
        expect(store.getState().board).toEqual(after);
      }),
      { numRuns: 500 },
    );
  });

  it('a typing burst in one field is one undo step', () => {
    const store = createEditorStore();
    store.getState().open(sample());
    const original = store.getState().board!;
    for (const title of ['R', 'Re', 'Res', 'Rest']) store.getState().apply((b) => renameBoard(b, title), { merge: 'title' });
    store.getState().endBurst();
    const id = original.cards[0]!.id;
    for (const text of ['a', 'ab']) store.getState().apply((b) => updateCard(b, id, { text }), { merge: `text:${id}` });
    expect(store.getState().undoSteps).toBe(2);
    store.getState().undo();
    expect(store.getState().board!.title).toBe('Rest');
    expect(store.getState().board!.cards[0]!.text).toBe(original.cards[0]!.text);
    store.getState().undo();
    expect(store.getState().board).toEqual(original);
  });

  it('selection changes and no-op edits are not undo steps', () => {
    const store = createEditorStore();
    store.getState().open(sample());
    const b = store.getState().board!;
    store.getState().select([b.cards[0]!.id]);
    store.getState().apply((x) => renameBoard(x, x.title));
    expect(store.getState().undoSteps).toBe(0);
    store.getState().apply((x) => addCard(x, { laneId: x.lanes[0]!.id, stepId: x.steps[0]!.id, text: 'n' }));
    store.getState().select([]);
    store.getState().undo();
    expect(store.getState().board).toEqual(b);
    expect(store.getState().redoSteps).toBe(1);
  });

  it('a new edit after undo clears redo', () => {
    const store = createEditorStore();
    store.getState().open(sample());
    store.getState().apply((x) => renameBoard(x, 'one'));
    store.getState().undo();
    store.getState().apply((x) => renameBoard(x, 'two'));
    store.getState().redo();
    expect(store.getState().board!.title).toBe('two');
  });
});

describe('new cards from the keyboard', () => {
  it('go after the selected card, else into the cursor cell, else the first cell; one undo step each', async () => {
    const { insertionCell } = await import('./editorStore');
    const store = createEditorStore();
    const board = sample();
    store.getState().open(board);
    expect(insertionCell(store.getState())).toEqual({ laneId: board.lanes[0]!.id, stepId: board.steps[0]!.id });
    store.getState().setCursor({ laneId: board.lanes[2]!.id, stepId: board.steps[3]!.id });
    expect(insertionCell(store.getState())).toEqual({ laneId: board.lanes[2]!.id, stepId: board.steps[3]!.id });
    const selected = board.cards[6]!;
    store.getState().select([selected.id]);
    const cell = insertionCell(store.getState())!;
    expect(cell).toEqual({ laneId: selected.laneId, stepId: selected.stepId, index: 1 });
    // What has the keyboard's focus comes first: a focused card, or the focused cell cursor.
    const focused = board.cards[12]!;
    expect(insertionCell(store.getState(), { card: focused.id })).toEqual({
      laneId: focused.laneId,
      stepId: focused.stepId,
      index: focused.order + 1,
    });
    expect(insertionCell(store.getState(), { cell: true })).toEqual({ laneId: board.lanes[2]!.id, stepId: board.steps[3]!.id });

    store.getState().startNewCard(cell);
    const { selection, editingCardId, board: after, undoSteps } = store.getState();
    expect(after!.cards).toHaveLength(26);
    expect(editingCardId).toBe(selection[0]);
    expect(after!.cards.find((c) => c.id === selection[0])).toMatchObject({ laneId: selected.laneId, stepId: selected.stepId, order: 1, text: '' });
    expect(undoSteps).toBe(1);
  });
});

describe('new cards', () => {
  const cell = (b: ReturnType<typeof sample>) => ({ laneId: b.lanes[0]!.id, stepId: b.steps[0]!.id });
  it('a new card and the text typed into it are one undo step', () => {
    const store = createEditorStore();
    store.getState().open(sample());
    const original = store.getState().board!;
    store.getState().startNewCard(cell(original));
    const id = store.getState().editingCardId!;
    for (const text of ['Q', 'Qu', 'Queue']) store.getState().apply((b) => updateCard(b, id, { text }), { merge: textBurst(id) });
    store.getState().finishEditing(id);
    expect(store.getState().board!.cards.find((c) => c.id === id)?.text).toBe('Queue');
    store.getState().undo();
    expect(store.getState().board).toEqual(original);
    expect(store.getState().undoSteps).toBe(0);
  });

  it('a new card left empty goes again without a trace: nothing to undo or redo', () => {
    const store = createEditorStore();
    store.getState().open(sample());
    const original = store.getState().board!;
    store.getState().apply((b) => renameBoard(b, 'Earlier edit'));
    const edited = store.getState().board!;
    store.getState().startNewCard(cell(original));
    const id = store.getState().editingCardId!;
    store.getState().finishEditing(id);
    expect(store.getState().board).toEqual(edited);
    expect(store.getState().undoSteps).toBe(1);
    expect(store.getState().redoSteps).toBe(0);
    store.getState().undo();
    expect(store.getState().board).toEqual(original);
    expect(store.getState().selection).toEqual([]);
    // An existing card emptied by the user is an edit like any other, not a removal.
    const existing = edited.cards[0]!.id;
    store.getState().setEditing(existing);
    store.getState().apply((b) => updateCard(b, existing, { text: '' }), { merge: textBurst(existing) });
    store.getState().finishEditing(existing);
    expect(store.getState().board!.cards.some((c) => c.id === existing)).toBe(true);
  });
});

/** A second replica of `doc` (another tab, another person) whose edits reach it at once. */
function elsewhere(doc: Y.Doc): Y.Doc {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  other.on('update', (u: Uint8Array) => Y.applyUpdate(doc, u, 'remote'));
  return other;
}

describe('a board edited elsewhere too', () => {
  it("shows another tab's or person's edit at once, re-rendering one card, and never undoes it here", () => {
    const store = createEditorStore();
    const doc = docFromBoard(sample());
    store.getState().open(doc);
    const other = elsewhere(doc);
    store.getState().apply((b) => renameBoard(b, 'Mine'));
    const before = store.getState().board!;
    const id = before.cards[3]!.id;
    const theirs = readDoc(other);
    other.transact(() => writeBoard(other, theirs, updateCard(theirs, id, { text: 'Theirs' })));
    const after = store.getState().board!;
    expect(after.cards.filter((c, i) => c !== before.cards[i]).map((c) => c.id)).toEqual([id]);
    expect(after.cards[3]!.text).toBe('Theirs');
    expect(store.getState().undoSteps).toBe(1);
    store.getState().undo();
    expect(store.getState().board!.title).toBe(sample().title);
    expect(store.getState().board!.cards[3]!.text).toBe('Theirs');
    expect(store.getState().undoSteps).toBe(0);
  });
});

describe('a collaborator on a newer build', () => {
  it('changing the format makes the board view only here: this build never writes into a newer document', () => {
    const store = createEditorStore();
    const doc = docFromBoard(sample());
    store.getState().open(doc);
    const other = elsewhere(doc);
    other.getMap('meta').set('version', 99);
    expect(store.getState()).toMatchObject({ readOnly: true, newerFormat: true });
    const before = Y.encodeStateVector(doc);
    store.getState().apply((b) => renameBoard(b, 'Would mangle'));
    expect(Y.encodeStateVector(doc)).toEqual(before);
    store.getState().setAccess('edit'); // an edit link does not lift it
    expect(store.getState()).toMatchObject({ readOnly: true, canComment: false });
    store.getState().comment((b) => addComment(b, { cardId: b.cards[0]!.id, author: 'A', text: 'Would mangle', at: 'x' }));
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});

describe('what a link allows', () => {
  it('a comment link writes comments and nothing else, even from an operation that changes more; a view link writes nothing', () => {
    const store = createEditorStore();
    const doc = docFromBoard(sample());
    store.getState().open(doc);
    store.getState().setAccess('comment');
    expect(store.getState()).toMatchObject({ readOnly: true, canComment: true });
    const card = store.getState().board!.cards[0]!;
    const before = JSON.stringify({ ...store.getState().board, comments: undefined });
    store.getState().apply((b) => renameBoard(b, 'Not allowed'));
    store
      .getState()
      .comment((b) => renameBoard(addComment(b, { cardId: card.id, author: 'Client', text: 'Why here?', at: '2026-12-02T08:00:00Z' }), 'Smuggled'));
    const after = store.getState().board!;
    expect(after.comments?.map((c) => c.text)).toEqual(['Why here?']);
    expect(JSON.stringify({ ...after, comments: undefined })).toBe(before);
    // Only the comments root of the document changed.
    const roots = new Set<string>();
    doc.on('afterTransaction', (tr: Y.Transaction) =>
      tr.changed.forEach((_, type) => roots.add(Y.findRootTypeKey(type._item ? (type._item.parent as Y.AbstractType<unknown>) : type))),
    );
    store.getState().comment((b) => setThreadResolved(b, after.comments![0]!.id, true));
    expect([...roots]).toEqual(['comments']);

    store.getState().setAccess('view');
    const seen = Y.encodeStateVector(doc);
    store.getState().comment((b) => addComment(b, { cardId: card.id, author: 'Viewer', text: 'No', at: 'x' }));
    expect(Y.encodeStateVector(doc)).toEqual(seen);
    store.getState().setAccess('edit');
    store.getState().apply((b) => renameBoard(b, 'Editor'));
    expect(store.getState().board!.title).toBe('Editor');
  });
});
