import { buildBoard, issue, newId, type Board, type BoardIssue } from '../model';
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

/** One statement of a journey with the line it starts on. */
type Statement = { line: number; text: string };

/**
 * Splits journey text into statements as mermaid's journey lexer does: `%%` and `#` comments
 * run to the end of the line, `accDescr { … }` may span lines (and the next statement may follow
 * its `}` on the same line), and keywords are case-insensitive.
 */
function statements(text: string): { list: Statement[]; accDescr: string[]; title?: string } {
  const list: Statement[] = [];
  const accDescr: string[] = [];
  const src = text.replace(/\r\n?/g, '\n');
  let line = 1;
  let i = 0;
  let title: string | undefined;
  const front = /^---\n([\s\S]*?)\n---\n/.exec(src); // YAML front matter (mermaid's preprocessor reads its title)
  if (front) {
    title = /^title:\s*(.+)$/m
      .exec(front[1]!)?.[1]
      ?.trim()
      .replace(/^(['"])(.*)\1$/, '$2');
    line += front[0].split('\n').length - 1;
    i = front[0].length;
  }
  while (i < src.length) {
    const end = src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i);
    let chunk = src.slice(i, end);
    const block = /^\s*accDescr\s*\{/i.exec(chunk);
    if (block) {
      const close = src.indexOf('}', i + block[0].length);
      const body = src.slice(i + block[0].length, close < 0 ? src.length : close);
      accDescr.push(
        body
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .join('\n'),
      );
      const after = close < 0 ? src.length : close + 1;
      line += body.split('\n').length - 1;
      i = after; // whatever follows "}" on its line is read as the next statement
      continue;
    }
    chunk = chunk.replace(/%%.*$/, '');
    if (!/^\s*acc(Title|Descr)\s*:/i.test(chunk)) chunk = chunk.replace(/#.*$/, '');
    if (chunk.trim()) list.push({ line, text: chunk.trim() });
    line++;
    i = end + 1;
  }
  return { list, accDescr, title };
}

/** `<br>`, `<br/>`, `</br >` … in names are line breaks in mermaid; a name here is one line. */
const oneLine = (s: string) =>
  s
    .replace(/<\/?br\s*\/?\s*>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Reads mermaid `journey` text (everything mermaid's journey grammar accepts: `title`, `section`,
 * `task: score[: actor, …]` with empty actor lists, `%%` and `#` comments, `accTitle:`,
 * `accDescr:` and the multi-line `accDescr { … }`) into a new board with stages, steps, personas
 * and emotion points. The accessibility title and description become the board's description.
 * Errors give the line number.
 */
export function mermaidToBoard(text: string, now = new Date()): MermaidResult {
  const errors: BoardIssue[] = [];
  const { list, accDescr, title } = statements(text);
  const [head, ...rest] = list;
  if (!head || !/^journey$/i.test(head.text)) {
    return { ok: false, errors: [issue(`line ${head?.line ?? 1}`, 'mermaidStart')] };
  }
  // Built empty, then filled in as the statements are read.
  const board: Board = buildBoard(
    {
      title: title || 'Journey',
      stages: [],
      lanes: [
        { kind: 'customer', name: 'Customer actions' },
        { kind: 'emotion', name: 'Emotions' },
      ],
    },
    { now },
  );
  const persona = (name: string) => {
    let p = board.personas.find((x) => x.name === name);
    if (!p) {
      p = { id: newId('ps_'), name, color: PERSONA_COLORS[board.personas.length % PERSONA_COLORS.length]! };
      board.personas.push(p);
    }
    return p;
  };
  const accTitle: string[] = [];
  let lastTask: { name: string; stepId: string } | null = null;
  for (const { line: n, text: line } of rest) {
    const at = `line ${n}`;
    const acc = /^acc(Title|Descr)\s*:\s*(.*)$/i.exec(line);
    if (acc) {
      (acc[1]!.toLowerCase() === 'title' ? accTitle : accDescr).push(acc[2]!.trim());
      continue;
    }
    if (/^title\s/i.test(line)) {
      board.title = oneLine(line.slice(6)) || board.title;
      continue;
    }
    if (/^section(\s|$)/i.test(line)) {
      const name = oneLine(line.slice(7).replace(/[:;].*$/, ''));
      if (!name) {
        errors.push(issue(at, 'mermaidSection'));
        continue;
      }
      board.stages.push({ id: newId('sg_'), name, color: STAGE_COLORS[board.stages.length % STAGE_COLORS.length] });
      lastTask = null;
      continue;
    }
    const m = /^([^:;]+):\s*([^:]*?)\s*(?::\s*(.*))?$/.exec(line);
    if (!m) {
      errors.push(issue(at, 'mermaidTask', { line: line.slice(0, 60) }));
      continue;
    }
    const [, rawName, rawScore, rawActors] = m;
    const score = Number(rawScore);
    if (!/^\d+$/.test(rawScore!.trim()) || score < 1 || score > 5) {
      errors.push(issue(at, 'mermaidScore', { score: rawScore ?? '' }));
      continue;
    }
    if (!board.stages.length) board.stages.push({ id: newId('sg_'), name: 'Journey', color: STAGE_COLORS[0] });
    const name = oneLine(rawName!);
    const stageId = board.stages.at(-1)!.id;
    // Repeated task lines for one step (one per disagreeing persona) fold into that step.
    let stepId: string | null = lastTask?.name === name ? lastTask.stepId : null;
    if (!stepId) {
      stepId = newId('st_');
      board.steps.push({ id: stepId, stageId, name });
      lastTask = { name, stepId };
    }
    for (const actor of (rawActors ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean)) {
      const p = persona(actor);
      if (!board.emotions.some((e) => e.personaId === p.id && e.stepId === stepId)) {
        board.emotions.push({ id: newId('em_'), personaId: p.id, stepId, score: score - 3 });
      }
    }
  }
  const description = [...accTitle, ...accDescr].filter(Boolean).join('\n\n');
  if (description) board.description = description;
  if (!errors.length && !board.steps.length) errors.push(issue(`line ${head.line}`, 'mermaidEmpty'));
  return errors.length ? { ok: false, errors } : { ok: true, board };
}
