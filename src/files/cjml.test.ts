// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateBoard, type Board } from '../model';
import { sample as restaurantSample } from '../model/test/fixtures';
import { boardToCjml, cjmlToBoard, INITIATOR_TAG, RECEIVER_TAG } from './cjml';
import { all as names } from './test/tables';
import { readImportText } from './import';

const sample = readFileSync('test/fixtures/cjml/bookis.xml', 'utf8');

const read = (xml: string, title = 'Bookis') => {
  const r = cjmlToBoard(xml, names.cjml, title);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.board;
};
/** Each touchpoint as the board holds it: journey, step, and its cards (lane, owner, text, channel, role). */
const touchpoints = (b: Board) =>
  b.steps.map((s) => ({
    journey: b.stages.find((g) => g.id === s.stageId)!.name,
    id: s.name,
    cards: b.cards
      .filter((c) => c.stepId === s.id)
      .map((c) => [b.lanes.find((l) => l.id === c.laneId)!.kind, c.owner, c.text, c.touchpoint?.channel ?? null, c.tags?.[0] ?? null]),
  }));

describe('CJML', () => {
  it('reads a planned and an actual journey: touchpoints as steps, the end user’s part in the customer lane, providers’ in the frontstage lane, actors as owners', () => {
    const board = read(sample);
    expect(validateBoard(board).ok).toBe(true);
    expect(board.title).toBe('Bookis');
    expect(board.stages.map((s) => s.name)).toEqual(['PJ1 (planned)', 'AJ1 (actual)']);
    expect(board.lanes.map((l) => [l.kind, l.name])).toEqual([
      ['customer', 'Customer actions'],
      ['frontstage', 'Frontstage actions'],
    ]);
    expect(touchpoints(board)).toEqual([
      {
        journey: 'PJ1 (planned)',
        id: 'TP1',
        cards: [
          ['customer', 'Carl', 'Customer creates account', 'web', INITIATOR_TAG],
          ['frontstage', 'Bookis', 'Account registered', 'web', RECEIVER_TAG],
        ],
      },
      { journey: 'PJ1 (planned)', id: 'TP2', cards: [['customer', 'Carl', 'Packs the book', null, null]] },
      {
        journey: 'PJ1 (planned)',
        id: 'TP3',
        cards: [
          ['frontstage', 'Posten & Bring', 'Sends a text: "parcel ready"', 'phone', INITIATOR_TAG],
          ['customer', 'Carl', 'Reads the text', 'phone', RECEIVER_TAG],
        ],
      },
      {
        journey: 'AJ1 (actual)',
        id: 'TP1',
        cards: [
          ['customer', 'Carl', 'Customer creates account', 'web', INITIATOR_TAG],
          // The published example refers to the provider by its name, not its id.
          ['frontstage', 'Bookis', 'Account registered', 'web', RECEIVER_TAG],
        ],
      },
      {
        journey: 'AJ1 (actual)',
        id: 'TP2',
        cards: [
          ['frontstage', 'Bookis', 'Confirmation e-mail', 'email', INITIATOR_TAG],
          ['customer', 'Carl', 'Finds it in spam', 'email', RECEIVER_TAG],
        ],
      },
    ]);
    expect(board.cards.find((c) => c.text === 'Customer creates account' && c.details)?.details).toBe('time: 2022-11-03T10:15');
  });

  it('writes CJML that reads back as the same journeys (file → board → CJML → board)', () => {
    const board = read(sample);
    const xml = boardToCjml(board, names.cjml);
    expect(xml).toContain('<plannedJourney>');
    expect(xml).toContain('<companyName>Posten &amp; Bring</companyName>');
    expect(xml).toContain('<plannedAction>');
    const again = read(xml);
    expect(touchpoints(again)).toEqual(touchpoints(board));
    expect(again.stages.map((s) => s.name)).toEqual(board.stages.map((s) => s.name));
  });

  it('writes any board: each stage a journey, each step a touchpoint from the customer’s card to the first provider’s', () => {
    const restaurant = restaurantSample();
    const board = read(boardToCjml(restaurant, names.cjml));
    expect(validateBoard(board).ok).toBe(true);
    expect(board.stages).toHaveLength(restaurant.stages.length);
    const withCards = restaurant.steps.filter((st) =>
      restaurant.cards.some((c) => c.stepId === st.id && c.laneId !== restaurant.lanes.find((l) => l.kind === 'emotion')?.id),
    );
    expect(board.steps.map((st) => st.name)).toEqual(withCards.map((st) => st.name));
    const first = board.cards.filter((c) => c.stepId === board.steps[0]!.id);
    expect(first.map((c) => c.tags?.[0])).toEqual([INITIATOR_TAG, RECEIVER_TAG]);
    expect(board.lanes.find((l) => l.id === first[0]!.laneId)!.kind).toBe('customer');
  });

  it('refuses what it cannot read: not XML, a DOCTYPE (entity expansion), a newer CJML, no journey', () => {
    const codes = (xml: string) => {
      const r = cjmlToBoard(xml, names.cjml, 'x');
      return r.ok ? [] : r.errors.map((e) => e.code);
    };
    expect(codes('<CJML version="2.0"><actualJourney>')).toEqual(['cjmlUnreadable']);
    expect(codes('<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaa">]><CJML version="2.0"/>')).toEqual(['cjmlUnreadable']);
    expect(codes('<CJML version="3.0"><actualJourney/></CJML>')).toEqual(['cjmlNewer']);
    expect(codes('<CJML version="2.0"></CJML>')).toEqual(['cjmlEmpty']);
    expect(codes('<CJML version="2.0"><actualJourney><touchpoints><teleport/></touchpoints></actualJourney></CJML>')).toEqual(['cjmlTouchpoint']);
    // Through the import, a CJML file is told by its root element.
    expect(readImportText(sample, 'journey.xml', names)).toMatchObject({ ok: true, boards: [{ title: 'journey' }] });
  });
});
