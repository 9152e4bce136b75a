import type { Board } from './board';
import { buildBoard, type CardSpec } from './build';
import { CHANNELS } from './card';
import { BLUEPRINT_LANE_KINDS, type LaneKind } from './lane';

/** Small deterministic PRNG (mulberry32) so generated boards are the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['guest', 'order', 'table', 'kitchen', 'wait', 'check', 'pay', 'menu', 'staff', 'room', 'queue', 'confirm', 'serve', 'bill', 'stock'];

/**
 * A realistic synthetic board for tests and benchmarks: `cards` cards over 8 lanes and
 * `steps` steps (in stages of 5), connectors (half as many as cards), markers, two personas
 * with emotion points. Same seed, same board.
 */
export function generateBoard({ cards, steps, seed = 1 }: { cards: number; steps: number; seed?: number }): Board {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const kinds: LaneKind[] = [...BLUEPRINT_LANE_KINDS, 'emotion', 'pain', 'opportunity'];
  const lanes = kinds.map((kind) => ({ kind, name: `${kind} lane` }));
  const cardLanes = kinds.flatMap((kind, i) => (kind === 'emotion' ? [] : [i]));
  const stages = Array.from({ length: Math.ceil(steps / 5) }, (_, i) => ({
    name: `Stage ${i + 1}`,
    steps: Array.from({ length: Math.min(5, steps - i * 5) }, (_, j) => `Step ${i * 5 + j + 1}`),
  }));
  const cardList: CardSpec[] = Array.from({ length: cards }, (_, i) => {
    const text = Array.from({ length: 2 + Math.floor(rnd() * 6) }, () => pick(WORDS)).join(' ');
    const card: CardSpec = { lane: cardLanes[i % cardLanes.length]!, step: Math.floor(i / cardLanes.length) % steps, text };
    const r = rnd();
    if (r < 0.15) card.touchpoint = { channel: pick(CHANNELS), importance: 1 + Math.floor(rnd() * 5), performance: 1 + Math.floor(rnd() * 5) };
    else if (r < 0.22) card.failure = { severity: 1 + Math.floor(rnd() * 3), cause: 'late', recovery: 'apologise' };
    else if (r < 0.27) card.wait = { minutes: 1 + Math.floor(rnd() * 30) };
    return card;
  });
  const connectors = Array.from({ length: Math.floor(cards / 2) }, (): [number, number] => {
    const from = Math.floor(rnd() * cards);
    const to = Math.min(cards - 1, from + 1 + Math.floor(rnd() * cardLanes.length * 2));
    return [from, to === from ? (from + 1) % cards : to];
  }).filter(([a, b], i, all) => a !== b && all.findIndex(([c, d]) => c === a && d === b) === i);
  const curve = () => Array.from({ length: steps }, (_, step) => ({ step, score: Math.round((rnd() * 4 - 2) * 2) / 2 }));
  const personas = [
    { name: 'Guest', color: '#2563eb', emotions: curve() },
    { name: 'Manager', color: '#db2777', emotions: curve() },
  ];
  return buildBoard(
    { title: `Generated ${cards} cards`, stages, lanes, cards: cardList, connectors, personas },
    // Same seed, same board: ids by position, one fixed date.
    { now: new Date('2026-01-01T00:00:00.000Z'), ids: (prefix, i) => (prefix === 'bd_' ? `bd_gen_${cards}_${steps}_${seed}` : `${prefix}${i}`) },
  );
}
