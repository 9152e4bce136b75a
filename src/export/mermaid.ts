import { BOARD_FORMAT, BOARD_VERSION, newId, type Board, type BoardIssue } from '../model';
import { PERSONA_COLORS, STAGE_COLORS } from '../model';

/** Characters that end a name in mermaid's journey grammar; replaced so names survive. */
const cleanName = (s: string) => s.replace(/:/g, ' -').replace(/;/g, ',').replace(/#/g, 'No.').replace(/\s+/g, ' ').trim() || '-';
const toScore = (emotion: number) => Math.min(5, Math.max(1, Math.round(emotion + 3)));

/**
 * Mermaid `journey` text: sections = stages, tasks = steps, score 1–5 from the −2…+2 emotion,
 * actors = personas. Personas that disagree at a step get a task line each; a step nobody
 * rated is a neutral task without actors (it imports back as a gap).
 */
export function boardToMermaid(board: Board): string {
  const out = ['journey', `  title ${cleanName(board.title)}`];
  for (const stage of board.stages) {
    const steps = board.steps.filter((s) => s.stageId === stage.id);
    if (!steps.length) continue;
    out.push(`  section ${cleanName(stage.name)}`);
    for (const step of steps) {
      const points = board.personas.flatMap((p) => {
        const e = board.emotions.find((x) => x.personaId === p.id && x.stepId === step.id && (x.curve ?? 'as-is') === 'as-is');
        return e ? [{ persona: cleanName(cleanName(p.name).replace(/,/g, ' ')), score: toScore(e.score) }] : []; // commas separate actors
      });
      const byScore = new Map<number, string[]>();
      for (const p of points) byScore.set(p.score, [...(byScore.get(p.score) ?? []), p.persona]);
      if (!byScore.size) out.push(`    ${cleanName(step.name)}: 3`);
      for (const [score, actors] of byScore) out.push(`    ${cleanName(step.name)}: ${score}: ${actors.join(', ')}`);
    }
  }
  return out.join('\n') + '\n';
}

export type MermaidResult = { ok: true; board: Board } | { ok: false; errors: BoardIssue[] };

/**
 * Reads mermaid `journey` text (the grammar of mermaid's user-journey parser: title, section,
 * `task: score[: actor, …]`, %% comments, accTitle/accDescr) into a new board with stages,
 * steps, personas and emotion points. Errors give the line number.
 */
export function mermaidToBoard(text: string, now = new Date()): MermaidResult {
  const errors: BoardIssue[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() && !l.trim().startsWith('%%'));
  if (first < 0 || lines[first]!.trim() !== 'journey') {
    return { ok: false, errors: [{ path: `line ${first + 1 || 1}`, message: 'a Mermaid journey must start with "journey"' }] };
  }
  const stamp = now.toISOString();
  const board: Board = {
    format: BOARD_FORMAT, version: BOARD_VERSION, id: newId('bd_'), title: 'Journey', createdAt: stamp, updatedAt: stamp, revision: 0,
    stages: [], steps: [], lanes: [
      { id: newId('ln_'), kind: 'customer', name: 'Customer actions' },
      { id: newId('ln_'), kind: 'emotion', name: 'Emotions' },
    ], cards: [], connectors: [], personas: [], emotions: [],
  };
  const persona = (name: string) => {
    let p = board.personas.find((x) => x.name === name);
    if (!p) {
      p = { id: newId('ps_'), name, color: PERSONA_COLORS[board.personas.length % PERSONA_COLORS.length]! };
      board.personas.push(p);
    }
    return p;
  };
  let lastTask: { name: string; stepId: string } | null = null;
  lines.forEach((raw, i) => {
    if (i <= first) return;
    const line = raw.trim();
    const at = `line ${i + 1}`;
    if (!line || line.startsWith('%%') || /^acc(Title|Descr)\b/.test(line)) return;
    if (line.startsWith('title')) { board.title = line.slice(5).trim() || board.title; return; }
    if (line.startsWith('section')) {
      const name = line.slice(7).trim();
      if (!name) { errors.push({ path: at, message: 'a section needs a name' }); return; }
      board.stages.push({ id: newId('sg_'), name, color: STAGE_COLORS[board.stages.length % STAGE_COLORS.length] });
      lastTask = null;
      return;
    }
    const m = /^([^:#;]+):\s*([^:]*?)\s*(?::\s*(.*))?$/.exec(line);
    if (!m) { errors.push({ path: at, message: `not a task ("name: score: actors"): ${line.slice(0, 60)}` }); return; }
    const [, rawName, rawScore, rawActors] = m;
    const score = Number(rawScore);
    if (!/^\d+$/.test(rawScore!.trim()) || score < 1 || score > 5) { errors.push({ path: at, message: `score must be a whole number from 1 to 5, got "${rawScore}"` }); return; }
    if (!board.stages.length) board.stages.push({ id: newId('sg_'), name: 'Journey', color: STAGE_COLORS[0] });
    const name = rawName!.trim();
    const stageId = board.stages.at(-1)!.id;
    // Repeated task lines for one step (one per disagreeing persona) fold into that step.
    let stepId = lastTask?.name === name ? lastTask.stepId : null;
    if (!stepId) {
      stepId = newId('st_');
      board.steps.push({ id: stepId, stageId, name });
      lastTask = { name, stepId };
    }
    for (const actor of (rawActors ?? '').split(',').map((a) => a.trim()).filter(Boolean)) {
      const p = persona(actor);
      if (!board.emotions.some((e) => e.personaId === p.id && e.stepId === stepId)) {
        board.emotions.push({ id: newId('em_'), personaId: p.id, stepId, score: score - 3 });
      }
    }
  });
  if (!errors.length && !board.steps.length) errors.push({ path: `line ${first + 1}`, message: 'the journey has no tasks' });
  return errors.length ? { ok: false, errors } : { ok: true, board };
}
