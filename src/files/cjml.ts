import { buildBoard, CHANNELS, STAGE_COLORS, byCellOrder, issue, newId, type Board, type BoardIssue, type Card, type Channel } from '../model';

/**
 * CJML, the Customer Journey Modeling Language (SINTEF, cjml.no): the documented XML exchange
 * format for journeys. A journey (planned, as intended, or actual, as it happened) has actors —
 * the end user and the service providers — and touchpoints in time order: a communication point
 * (an initiator, a receiver, a channel) or an action (one actor). On the board a journey is a
 * stage, each touchpoint a step, the end user's part a card in the customer lane and a provider's
 * a card in the frontstage lane, owned by the actor, the communication's channel its touchpoint.
 */

/** The words a CJML board is made with, in the user's language. */
export interface CjmlNames {
  customerLane: string;
  providerLane: string;
  /** A stage's name for a journey: "AJ1 (actual)". */
  journey(kind: JourneyKind, id: string): string;
  /** Whether a stage's name says it is a planned journey (in any language). */
  isPlanned(stageName: string): boolean;
  /** A channel's option for its CJML name ("Web" → web), in any language. */
  channel(name: string): Channel | undefined;
  /** The end user's name when the board names none. */
  endUser: string;
}

export type JourneyKind = 'planned' | 'actual';
export type CjmlResult = { ok: true; board: Board } | { ok: false; errors: BoardIssue[] };

/** Roles a card plays in a communication point, kept as tags so an export writes it the same way. */
export const INITIATOR_TAG = 'cjml:initiator';
export const RECEIVER_TAG = 'cjml:receiver';

const local = (el: Element) => el.localName;
const children = (el: Element | null | undefined, name?: RegExp) => (el ? [...el.children].filter((c) => !name || name.test(local(c))) : []);
const child = (el: Element | null | undefined, name: RegExp) => children(el, name)[0];
const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';

/** Whether a text is CJML (its root element), for the import to choose its reader. */
export const looksLikeCjml = (text: string) => /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<CJML[\s>]/i.test(text);

export function cjmlToBoard(xml: string, names: CjmlNames, title: string): CjmlResult {
  const fail = (errors: BoardIssue[]): CjmlResult => ({ ok: false, errors });
  // Entities are never expanded (no DTD is read): a "billion laughs" file is refused as it is.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return fail([issue('(file)', 'cjmlUnreadable', { detail: 'DOCTYPE' })]);
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) return fail([issue('(file)', 'cjmlUnreadable', { detail: text(error).split('\n')[0]!.slice(0, 200) })]);
  const root = doc.documentElement;
  if (local(root) !== 'CJML') return fail([issue('(file)', 'unknownFile')]);
  const version = Number.parseFloat(root.getAttribute('version') ?? '2');
  if (version >= 3) return fail([issue('(file)', 'cjmlNewer', { version: root.getAttribute('version') ?? '' })]);

  const board: Board = buildBoard({
    title: text(child(root, /^(title|name)$/i)) || title,
    stages: [],
    lanes: [
      { kind: 'customer', name: names.customerLane },
      { kind: 'frontstage', name: names.providerLane },
    ],
  });
  const [customerLane, providerLane] = board.lanes.map((l) => l.id) as [string, string];
  const errors: BoardIssue[] = [];
  const journeys = children(root, /^(planned|actual)Journey$/);
  if (!journeys.length) return fail([issue('(file)', 'cjmlEmpty')]);
  journeys.forEach((journey, j) => {
    const kind: JourneyKind = local(journey).startsWith('planned') ? 'planned' : 'actual';
    const stage = {
      id: newId('sg_'),
      name: names.journey(kind, text(child(journey, /^journeyID$/)) || String(j + 1)),
      color: STAGE_COLORS[j % STAGE_COLORS.length],
    };
    board.stages.push(stage);
    // Actors by id: their name and whether they are the end user.
    const actors = new Map<string, { name: string; endUser: boolean }>();
    for (const actor of children(child(journey, /^actors$/))) {
      const id = actor.getAttribute('actorID') ?? '';
      const name = text(child(actor, /^(actorName|companyName|name)$/)) || id;
      actors.set(id, { name, endUser: /endUser/i.test(local(actor)) });
    }
    const actorOf = (el: Element | undefined) => {
      const id = child(el, /^refersTo$/)?.getAttribute('actorIDref') ?? '';
      // A reference may name the actor by its id or (as the published example does) by its name.
      return actors.get(id) ?? [...actors.values()].find((a) => a.name === id) ?? { name: id, endUser: false };
    };
    children(child(journey, /^touchpoints$/)).forEach((point, t) => {
      const path = `${local(journey)}[${j}].touchpoints[${t}]`;
      const step = { id: newId('st_'), stageId: stage.id, name: text(child(point, /^touchpointID$/)) || String(t + 1) };
      const times = children(point, /time|date/i)
        .map((e) => `${local(e)}: ${text(e)}`)
        .filter((s) => !s.endsWith(': '));
      const channelName = text(child(child(point, /^channel$/), /^channelName$/));
      const channel = channelName ? (names.channel(channelName) ?? 'other') : undefined;
      const place = (actor: { name: string; endUser: boolean }, label: string, tags: string[]) => {
        const laneId = actor.endUser ? customerLane : providerLane;
        const card: Card = {
          id: newId('cd_'),
          laneId,
          stepId: step.id,
          order: board.cards.filter((c) => c.stepId === step.id && c.laneId === laneId).length,
          text: label.slice(0, 20_000),
          ...(actor.name && { owner: actor.name.slice(0, 500) }),
          ...(channel && { touchpoint: { channel } }),
          ...(times.length && { details: times.join('\n') }),
          ...(tags.length && { tags }),
        };
        board.cards.push(card);
      };
      if (/CommunicationPoint$/.test(local(point))) {
        const initiator = child(point, /^initiator$/);
        const receiver = child(point, /^receiver$/);
        place(actorOf(initiator), text(child(initiator, /Label$/)), [INITIATOR_TAG]);
        place(actorOf(receiver), text(child(receiver, /Label$/)), [RECEIVER_TAG]);
      } else if (/Action$/.test(local(point))) {
        const actor = child(point, /^(actor|initiator)$/) ?? point;
        place(actorOf(actor), text(child(point, /Label$/)) || text(child(actor, /Label$/)), []);
      } else {
        errors.push(issue(path, 'cjmlTouchpoint', { name: local(point) }));
        return;
      }
      board.steps.push(step);
    });
  });
  if (errors.length) return fail(errors);
  if (!board.steps.length) return fail([issue('(file)', 'cjmlEmpty')]);
  return { ok: true, board };
}

const escape = (s: string) => s.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]!};`);
/** An id for CJML: its step's name when that is one, else made from its place. */
const xmlId = (s: string, fallback: string) => (/^[A-Za-z_][\w.-]*$/.test(s) ? s : fallback);

/**
 * The board as CJML 2.0: each stage a journey (planned when its name says so), each step a
 * touchpoint — a communication point from the card tagged initiator (else the customer's) to the
 * one tagged receiver (else the first provider's), with the channel of its touchpoint — or an
 * action when the step has one card. The end user is the first persona (or `names.endUser`);
 * providers are the cards' owners (or their lane's name).
 */
export function boardToCjml(board: Board, names: Pick<CjmlNames, 'isPlanned' | 'endUser'>): string {
  const laneKind = new Map(board.lanes.map((l) => [l.id, l.kind]));
  const laneName = new Map(board.lanes.map((l) => [l.id, l.name]));
  const endUser = board.personas[0]?.name || names.endUser;
  const ordered = [...board.cards].sort(byCellOrder(board));
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<CJML version="2.0">`];
  board.stages.forEach((stage, s) => {
    const steps = board.steps.filter((st) => st.stageId === stage.id);
    const cards = (stepId: string) =>
      ordered.filter((c) => c.stepId === stepId && ['customer', 'frontstage', 'backstage', 'support', 'evidence'].includes(laneKind.get(c.laneId)!));
    // Actors: each card's owner (the customer's default: the first persona, else "Customer"; a
    // provider's: its lane), end users from the customer lane.
    const actorName = (c: Card) => c.owner || (laneKind.get(c.laneId) === 'customer' ? endUser : laneName.get(c.laneId) || '');
    const all = steps.flatMap((st) => cards(st.id));
    const endUsers = [...new Set(all.filter((c) => laneKind.get(c.laneId) === 'customer').map(actorName))];
    const providers = [...new Set(all.map(actorName))].filter((n) => !endUsers.includes(n));
    const actorIds = new Map([...endUsers, ...providers].map((n, i) => [n, `A${i + 1}`]));
    const id = (name: string) => actorIds.get(name)!;
    const kind = names.isPlanned(stage.name) ? 'planned' : 'actual';
    const journeyId = xmlId(stage.name.replace(/\s*\([^)]*\)$/, ''), `${kind === 'planned' ? 'PJ' : 'AJ'}${s + 1}`);
    out.push(`  <${kind}Journey>`, `    <journeyID>${escape(journeyId)}</journeyID>`, `    <actors>`);
    for (const u of endUsers) out.push(`      <endUser actorID="${id(u)}">`, `        <actorName>${escape(u)}</actorName>`, `      </endUser>`);
    for (const p of providers)
      out.push(`      <serviceProvider actorID="${id(p)}">`, `        <companyName>${escape(p)}</companyName>`, `      </serviceProvider>`);
    out.push(`    </actors>`, `    <touchpoints>`);
    steps.forEach((step, t) => {
      const here = cards(step.id);
      if (!here.length) return;
      const tpId = xmlId(step.name, `TP${t + 1}`);
      const initiator = here.find((c) => c.tags?.includes(INITIATOR_TAG)) ?? here.find((c) => laneKind.get(c.laneId) === 'customer') ?? here[0]!;
      const receiver = here.find((c) => c !== initiator && c.tags?.includes(RECEIVER_TAG)) ?? here.find((c) => c !== initiator);
      const channel = (initiator.touchpoint ?? receiver?.touchpoint)?.channel;
      const refer = (c: Card) => `<refersTo actorIDref="${id(actorName(c))}"/>`;
      if (receiver) {
        out.push(
          `      <${kind}CommunicationPoint>`,
          `        <touchpointID>${escape(tpId)}</touchpointID>`,
          `        <initiator>`,
          `          ${refer(initiator)}`,
          `          <initiatorLabel>${escape(initiator.text)}</initiatorLabel>`,
          `        </initiator>`,
          `        <receiver>`,
          `          ${refer(receiver)}`,
          `          <receiverLabel>${escape(receiver.text)}</receiverLabel>`,
          `        </receiver>`,
          ...(channel
            ? [`        <channel>`, `          <channelName>${escape(CJML_CHANNELS[channel][0]!)}</channelName>`, `        </channel>`]
            : []),
          `      </${kind}CommunicationPoint>`,
        );
      } else
        out.push(
          `      <${kind}Action>`,
          `        <touchpointID>${escape(tpId)}</touchpointID>`,
          `        <actor>`,
          `          ${refer(initiator)}`,
          `        </actor>`,
          `        <actionLabel>${escape(initiator.text)}</actionLabel>`,
          `      </${kind}Action>`,
        );
    });
    out.push(`    </touchpoints>`, `  </${kind}Journey>`);
  });
  out.push(`</CJML>`);
  return out.join('\n') + '\n';
}

/** CJML's names for the board's channels (the first is written; its examples use Web, Email, Phone…). */
export const CJML_CHANNELS: Record<Channel, readonly string[]> = {
  'in-person': ['Face-to-face', 'In person', 'Physical', 'Counter'],
  phone: ['Phone', 'Telephone', 'Call', 'SMS', 'Text message'],
  web: ['Web', 'Website', 'Internet', 'Online'],
  app: ['App', 'Mobile app'],
  email: ['Email', 'E-mail'],
  chat: ['Chat', 'Chatbot'],
  print: ['Letter', 'Mail', 'Post', 'Paper'],
  other: ['Other'],
};

/** A channel by its CJML name, or by the app's own names (`words`). */
export const channelFromCjml = (name: string, words: (c: Channel) => readonly string[]): Channel | undefined => {
  const n = name.trim().toLowerCase();
  return CHANNELS.find((c) => c === n || [...CJML_CHANNELS[c], ...words(c)].some((w) => w.toLowerCase() === n));
};
