import { BOARD_FORMAT, BOARD_VERSION, type Board } from './board';
import type { Card } from './card';
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
  const lanes = kinds.map((kind, i) => ({ id: `ln_${i}`, kind, name: `${kind} lane` }));
  const stageCount = Math.ceil(steps / 5);
  const stages = Array.from({ length: stageCount }, (_, i) => ({ id: `sg_${i}`, name: `Stage ${i + 1}` }));
  const stepList = Array.from({ length: steps }, (_, i) => ({ id: `st_${i}`, stageId: `sg_${Math.floor(i / 5)}`, name: `Step ${i + 1}` }));
  const cardLanes = lanes.filter((l) => l.kind !== 'emotion');
  const perCell = new Map<string, number>();
  const cardList: Card[] = Array.from({ length: cards }, (_, i) => {
    const lane = cardLanes[i % cardLanes.length]!;
    const step = stepList[Math.floor(i / cardLanes.length) % steps]!;
    const key = `${lane.id}/${step.id}`;
    const order = perCell.get(key) ?? 0;
    perCell.set(key, order + 1);
    const text = Array.from({ length: 2 + Math.floor(rnd() * 6) }, () => pick(WORDS)).join(' ');
    const card: Card = { id: `cd_${i}`, laneId: lane.id, stepId: step.id, order, text };
    const r = rnd();
    if (r < 0.15) card.touchpoint = { channel: pick(CHANNELS), importance: 1 + Math.floor(rnd() * 5), performance: 1 + Math.floor(rnd() * 5) };
    else if (r < 0.22) card.failure = { severity: 1 + Math.floor(rnd() * 3), cause: 'late', recovery: 'apologise' };
    else if (r < 0.27) card.wait = { minutes: 1 + Math.floor(rnd() * 30) };
    return card;
  });
  const connectors = Array.from({ length: Math.floor(cards / 2) }, (_, i) => {
    const from = Math.floor(rnd() * cards);
    const to = Math.min(cards - 1, from + 1 + Math.floor(rnd() * cardLanes.length * 2));
    return { id: `cn_${i}`, from: `cd_${from}`, to: `cd_${to === from ? (from + 1) % cards : to}` };
  }).filter((c, i, all) => c.from !== c.to && all.findIndex((d) => d.from === c.from && d.to === c.to) === i);
  const personas = [
    { id: 'ps_0', name: 'Guest', color: '#2563eb' },
    { id: 'ps_1', name: 'Manager', color: '#db2777' },
  ];
  const emotions = personas.flatMap((p) =>
    stepList.map((s) => ({ id: `em_${p.id}_${s.id}`, personaId: p.id, stepId: s.id, score: Math.round((rnd() * 4 - 2) * 2) / 2 })),
  );
  const stamp = '2026-01-01T00:00:00.000Z';
  return {
    format: BOARD_FORMAT,
    version: BOARD_VERSION,
    id: `bd_gen_${cards}_${steps}_${seed}`,
    title: `Generated ${cards} cards`,
    createdAt: stamp,
    updatedAt: stamp,
    revision: 0,
    stages,
    steps: stepList,
    lanes,
    cards: cardList,
    connectors,
    personas,
    emotions,
  };
}
