import type { Command } from './types';

/** What present mode's keys act on. */
export interface PresentContext {
  /** Moves by `delta` slides (the overview is the first). */
  go(delta: number): void;
  whole(): void;
  /** Moves the spotlight by `delta` steps (turning it on at the slide's first step). */
  spotlight(delta: number): void;
  /** Esc: ends the spotlight, or else the presentation. */
  back(): void;
  toggleTimer(): void;
  toggleContrast(): void;
}

/** Space on a focused button is the button's (it activates it), not the next slide's. */
const notOnButton = (e: KeyboardEvent) => !(e.target instanceof HTMLButtonElement) || e.key !== ' ';

/** Present mode's keys: they alone act while presenting. */
export const presentCommands: Command<PresentContext>[] = [
  { id: 'presentNext', label: 'commands.presentNext', kbd: 'Space · PageDown', when: notOnButton, perform: (ctx) => ctx.go(1) },
  { id: 'presentPrevious', label: 'commands.presentPrevious', kbd: 'Shift+Space · PageUp', when: notOnButton, perform: (ctx) => ctx.go(-1) },
  { id: 'presentSpotNext', label: 'commands.presentSpotNext', kbd: '→', perform: (ctx) => ctx.spotlight(1) },
  { id: 'presentSpotPrevious', label: 'commands.presentSpotPrevious', kbd: '←', perform: (ctx) => ctx.spotlight(-1) },
  { id: 'presentWhole', label: 'commands.presentWhole', kbd: 'Home', perform: (ctx) => ctx.whole() },
  { id: 'presentTimer', label: 'commands.presentTimer', kbd: 'T', perform: (ctx) => ctx.toggleTimer() },
  { id: 'presentContrast', label: 'commands.presentContrast', kbd: 'C', perform: (ctx) => ctx.toggleContrast() },
  { id: 'presentEnd', label: 'commands.presentEnd', kbd: 'Esc', perform: (ctx) => ctx.back() },
];
