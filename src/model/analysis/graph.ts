import type { Board } from '../board';

/** The connectors as a directed graph over cards (ends that do not resolve are left out). */
export function successors(board: Board): Map<string, string[]> {
  const cards = new Set(board.cards.map((c) => c.id));
  const next = new Map<string, string[]>();
  for (const { from, to } of board.connectors) {
    if (!cards.has(from) || !cards.has(to)) continue;
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  }
  return next;
}

/**
 * Strongly connected components (Tarjan, iterative so a long chain cannot overflow the stack),
 * keeping only those that are cycles: two or more cards, or one card connected to itself.
 */
export function cycles(next: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let counter = 0;
  for (const root of next.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; child: number }[] = [{ node: root, child: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const children = next.get(frame.node) ?? [];
      if (frame.child < children.length) {
        const child = children[frame.child++]!;
        if (!index.has(child)) {
          index.set(child, counter);
          low.set(child, counter++);
          stack.push(child);
          onStack.add(child);
          work.push({ node: child, child: 0 });
        } else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1 || children.includes(frame.node)) found.push(component.reverse());
    }
  }
  return found;
}

/**
 * The heaviest chain of connected cards, each card weighing `weight(card)`. Connectors that
 * close a cycle (a rework loop) are set aside, so the rest is acyclic and the chain finite.
 */
export function heaviestChain(next: Map<string, string[]>, weight: (id: string) => number): { weight: number; path: string[] } | null {
  // Depth-first post-order over every node; an edge to a node still open is a back edge.
  const state = new Map<string, 'open' | 'done'>();
  const post: string[] = [];
  const dag = new Map<string, string[]>();
  for (const root of next.keys()) {
    if (state.has(root)) continue;
    const work: { node: string; child: number }[] = [{ node: root, child: 0 }];
    state.set(root, 'open');
    while (work.length) {
      const frame = work[work.length - 1]!;
      const children = next.get(frame.node) ?? [];
      if (frame.child < children.length) {
        const child = children[frame.child++]!;
        const seen = state.get(child);
        if (seen === 'open') continue; // back edge: part of a loop
        const kept = dag.get(frame.node) ?? [];
        kept.push(child);
        dag.set(frame.node, kept);
        if (!seen) {
          state.set(child, 'open');
          work.push({ node: child, child: 0 });
        }
        continue;
      }
      state.set(frame.node, 'done');
      post.push(frame.node);
      work.pop();
    }
  }
  if (!post.length) return null;
  // Post-order visits successors first, so each node's best chain onward is known when it is reached.
  const best = new Map<string, { weight: number; next?: string }>();
  for (const node of post) {
    let onward: { weight: number; next?: string } = { weight: 0 };
    for (const child of dag.get(node) ?? []) {
      const w = best.get(child)!.weight;
      if (w > onward.weight || onward.next === undefined) onward = { weight: w, next: child };
    }
    best.set(node, { weight: weight(node) + onward.weight, next: onward.next });
  }
  let start = post[post.length - 1]!;
  for (const node of [...post].reverse()) if (best.get(node)!.weight > best.get(start)!.weight) start = node;
  const path: string[] = [];
  for (let at: string | undefined = start; at !== undefined; at = best.get(at)!.next) path.push(at);
  return { weight: best.get(start)!.weight, path };
}
