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

/** A key pressed on a button is the button's (Space, Enter activate it). */
const onButton = (e: KeyboardEvent) => e.target instanceof HTMLButtonElement;

/** Present mode's keys: they alone act while presenting. */
export const presentCommands: Command<PresentContext>[] = [
  {
    id: 'presentNext',
    label: 'commands.presentNext',
    keys: 'Space · PageDown',
    keyTest: (e) => e.key === 'PageDown' || (e.key === ' ' && !onButton(e)),
    perform: (ctx) => ctx.go(1),
  },
  {
    id: 'presentPrevious',
    label: 'commands.presentPrevious',
    keys: 'Shift+Space · PageUp',
    keyTest: (e) => e.key === 'PageUp' || (e.key === ' ' && e.shiftKey && !onButton(e)),
    perform: (ctx) => ctx.go(-1),
  },
  { id: 'presentSpotNext', label: 'commands.presentSpotNext', keys: '→', keyTest: (e) => e.key === 'ArrowRight', perform: (ctx) => ctx.spotlight(1) },
  {
    id: 'presentSpotPrevious',
    label: 'commands.presentSpotPrevious',
    keys: '←',
    keyTest: (e) => e.key === 'ArrowLeft',
    perform: (ctx) => ctx.spotlight(-1),
  },
  { id: 'presentWhole', label: 'commands.presentWhole', keys: 'Home', keyTest: (e) => e.key === 'Home', perform: (ctx) => ctx.whole() },
  {
    id: 'presentTimer',
    label: 'commands.presentTimer',
    keys: 'T',
    keyTest: (e) => e.key.toLowerCase() === 't' && !e.ctrlKey && !e.metaKey,
    perform: (ctx) => ctx.toggleTimer(),
  },
  {
    id: 'presentContrast',
    label: 'commands.presentContrast',
    keys: 'C',
    keyTest: (e) => e.key.toLowerCase() === 'c' && !e.ctrlKey && !e.metaKey,
    perform: (ctx) => ctx.toggleContrast(),
  },
  { id: 'presentEnd', label: 'commands.presentEnd', keys: 'Esc', keyTest: (e) => e.key === 'Escape', perform: (ctx) => ctx.back() },
];
