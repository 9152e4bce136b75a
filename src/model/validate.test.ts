import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BOARD_VERSION, type Board } from './board';
import { validateBoard } from './validate';
import { readBoard } from './restore';
import { migrate, type Migration } from './migrations';
import { sample } from './test/fixtures';

describe('validateBoard', () => {
  it('accepts the sample board and returns the same object (unknown fields survive)', () => {
    const board = { ...sample(), futureField: { keep: true } };
    const result = validateBoard(board);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.board).toBe(board);
  });

  it('reports wrong types with a JSON path', () => {
    const board = sample() as unknown as { cards: { text: unknown }[] };
    board.cards[3]!.text = 42;
    const result = validateBoard(board);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual(expect.objectContaining({ path: 'cards[3].text' }));
  });

  it('reports dangling references and duplicate ids precisely', () => {
    const board = sample();
    board.cards[0]!.laneId = 'nope';
    board.connectors[1]!.to = 'gone';
    board.steps[2]!.id = board.steps[1]!.id;
    const result = validateBoard(board);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toContain('cards[0].laneId');
    expect(paths).toContain('connectors[1].to');
    expect(paths).toContain('steps[2].id');
    const lane = result.errors.find((e) => e.path === 'cards[0].laneId')!;
    expect(lane).toMatchObject({ code: 'missingRef', params: { what: 'lane', id: 'nope' } });
    expect(lane.message).toBe('refers to a missing lane "nope"');
  });

  it('rejects emotion scores outside −2…+2 or between half steps', () => {
    const board = sample();
    board.personas.push({ id: 'p', name: 'Guest', color: '#000' });
    board.emotions.push({ id: 'e', personaId: 'p', stepId: board.steps[0]!.id, score: 0.3 });
    expect(validateBoard(board).ok).toBe(false);
    board.emotions[0]!.score = 2.5;
    expect(validateBoard(board).ok).toBe(false);
    board.emotions[0]!.score = -1.5;
    expect(validateBoard(board).ok).toBe(true);
  });
});

describe('migrate', () => {
  it('refuses a newer version without touching it', () => {
    const doc = { ...sample(), version: BOARD_VERSION + 1 };
    const copy = structuredClone(doc);
    const result = migrate(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.newer).toBe(true);
      expect(result.errors[0]!.message).toMatch(new RegExp(`newer.*version ${BOARD_VERSION + 1}`));
    }
    expect(doc).toEqual(copy);
  });

  it('opens version 1 and 2 boards unchanged as version 3 (optional fields, and wait minutes that may be unset)', () => {
    for (const version of [1, 2]) {
      const old = { ...sample(), version };
      const result = readBoard(structuredClone(old));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.board).toEqual({ ...old, version: BOARD_VERSION });
    }
  });

  it('drops a colour that is not a colour (a url() a hostile file would make the page fetch), keeping everything else', () => {
    const b = sample();
    const doc = structuredClone({
      ...b,
      stages: b.stages.map((s, i) => (i === 0 ? { ...s, color: 'url(http://tracker.example/p.png)' } : s)),
      cards: b.cards.map((c, i) => (i === 0 ? { ...c, color: 'expression(alert(1))' } : i === 1 ? { ...c, color: '#fef3c7' } : c)),
      personas: [{ id: 'p1', name: 'Guest', color: 'url(x)' }],
    });
    const result = readBoard(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.board.stages[0]).not.toHaveProperty('color');
    expect(result.board.cards[0]).not.toHaveProperty('color');
    expect(result.board.cards[0]!.text).toBe(b.cards[0]!.text);
    expect(result.board.cards[1]!.color).toBe('#fef3c7');
    expect(result.board.personas[0]!.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('upgrades step by step through named migrations', () => {
    const steps: Migration[] = [
      { from: 1, name: 'rename heading to title', up: (d) => ({ ...d, title: d.heading, heading: undefined }) },
      { from: 2, name: 'add tags', up: (d) => ({ ...d, tags: ['x'] }) },
    ];
    const result = migrate({ format: 'blueprint-studio/board', version: 1, heading: 'Old' }, steps, 3);
    expect(result).toEqual({
      ok: true,
      migratedFrom: 1,
      doc: { format: 'blueprint-studio/board', version: 3, title: 'Old', heading: undefined, tags: ['x'] },
    });
  });

  it('explains what is wrong with something that is not a board', () => {
    for (const bad of [null, 42, 'text', [], { format: 'other' }, { format: 'blueprint-studio/board', version: 'one' }]) {
      const result = migrate(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]!.message.length).toBeGreaterThan(5);
    }
  });
});

describe('readBoard', () => {
  it('fills missing collections but keeps every user field', () => {
    const { personas: _p, emotions: _e, revision: _r, ...partial } = sample();
    const result = readBoard(partial);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.board.personas).toEqual([]);
      expect(result.board.cards).toEqual(
        sample().cards.map((c) => ({ ...c, id: expect.any(String), laneId: expect.any(String), stepId: expect.any(String) })),
      );
    }
  });
});

describe('boards saved by earlier format versions (frozen files, never regenerated)', () => {
  const frozen = (v: number) => JSON.parse(readFileSync(`test/fixtures/format-v${v}.json`, 'utf8')) as Record<string, unknown> & Board;

  for (const v of [1, 2, 3, 5, 6, 7, 8])
    it(`opens a version ${v} board as the current version, every entity and field kept`, () => {
      const saved = frozen(v);
      const result = readBoard(structuredClone(saved));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.board.version).toBe(BOARD_VERSION);
      expect({ ...result.board, version: saved.version }).toEqual(saved);
    });

  it('keeps what version 2 added: evidence on cards, a tolerance on steps', () => {
    const result = readBoard(frozen(2));
    if (!result.ok) throw new Error('not read');
    expect(result.board.cards.slice(0, 2).map((c) => c.evidence)).toEqual(['observed', 'assumed']);
    expect(result.board.steps[2]!.toleranceMinutes).toBe(15);
  });

  it('refuses the same board claiming a version newer than this build, unchanged', () => {
    const newer = { ...frozen(2), version: BOARD_VERSION + 1 };
    const before = structuredClone(newer);
    const result = readBoard(newer);
    expect(result).toMatchObject({ ok: false, newer: true });
    expect(newer).toEqual(before);
  });
});
