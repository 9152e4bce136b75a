import type { Command } from './types';

/** What present mode's keys act on. */
export interface PresentContext {
  /** Moves by `delta` stages (the whole board is position 0). */
  go(delta: number): void;
  whole(): void;
  exit(): void;
}

/** Present mode's keys: they alone act while presenting. */
export const presentCommands: Command<PresentContext>[] = [
  {
    id: 'presentNext',
    label: 'commands.presentNext',
    keys: '→ · Space · PageDown',
    keyTest: (e) => ['ArrowRight', 'PageDown', ' '].includes(e.key),
    perform: (ctx) => ctx.go(1),
  },
  {
    id: 'presentPrevious',
    label: 'commands.presentPrevious',
    keys: '← · PageUp',
    keyTest: (e) => ['ArrowLeft', 'PageUp'].includes(e.key),
    perform: (ctx) => ctx.go(-1),
  },
  { id: 'presentWhole', label: 'commands.presentWhole', keys: 'Home', keyTest: (e) => e.key === 'Home', perform: (ctx) => ctx.whole() },
  { id: 'presentEnd', label: 'commands.presentEnd', keys: 'Esc', keyTest: (e) => e.key === 'Escape', perform: (ctx) => ctx.exit() },
];
