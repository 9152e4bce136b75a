/**
 * A shortcut written once, as people read it, and used both to match key presses and to show
 * the keyboard help: `Mod+Shift+Z · Ctrl+Y`, `Alt+← →`, `Enter · F2`, `?`.
 *
 * - ` · ` separates alternatives; within one, a space separates keys that share its modifiers
 *   (`Alt+← ↑` is Alt+← or Alt+↑).
 * - `Mod` is Ctrl, or ⌘ on a Mac; `Ctrl` is Ctrl alone. Modifiers must match exactly: `Mod+Z`
 *   is not `Mod+Shift+Z`. A symbol typed with Shift (`?`) ignores Shift.
 * - Letters and digits are matched by the character, or by the physical key when Alt changes the
 *   character (⌥H on a Mac types ˙) or Shift does (Shift+1 types !).
 */

/** One key with its modifiers, as a press must have them. */
export interface Chord {
  key: string;
  mod: boolean;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
}

const NAMES: Record<string, string> = { '←': 'ArrowLeft', '↑': 'ArrowUp', '→': 'ArrowRight', '↓': 'ArrowDown', Space: ' ', Esc: 'Escape' };
const MODIFIERS = ['Mod', 'Ctrl', 'Shift', 'Alt'] as const;

/** The chords a shortcut stands for. Throws on a misspelt one, so the registry's test finds it. */
export function chords(kbd: string): Chord[] {
  return kbd.split(' · ').flatMap((alternative) => {
    const parts = alternative.split('+');
    const keys = parts.pop()!.split(' ');
    const mods = new Set(parts);
    for (const m of mods) if (!(MODIFIERS as readonly string[]).includes(m)) throw new Error(`Unknown modifier "${m}" in "${kbd}"`);
    return keys.map((k) => {
      if (!k) throw new Error(`Empty key in "${kbd}"`);
      return {
        key: NAMES[k] ?? (k.length === 1 ? k.toLowerCase() : k),
        mod: mods.has('Mod'),
        ctrl: mods.has('Ctrl'),
        shift: mods.has('Shift'),
        alt: mods.has('Alt'),
      };
    });
  });
}

const isSymbol = (key: string) => key.length === 1 && !/[\p{L}\p{N} ]/u.test(key);

/** Whether a press is this chord. */
export function pressed(chord: Chord, e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  const mod = e.ctrlKey || e.metaKey;
  if (chord.mod ? !mod : chord.ctrl ? !e.ctrlKey || e.metaKey : mod) return false;
  if (chord.alt !== e.altKey) return false;
  if (!isSymbol(chord.key) && chord.shift !== e.shiftKey) return false;
  if (chord.key.length > 1) return e.key === chord.key;
  if (e.key.toLowerCase() === chord.key) return true;
  // Alt or Shift typed another character: the physical key (KeyH, Digit1) names it.
  const code = /\p{N}/u.test(chord.key) ? `Digit${chord.key}` : `Key${chord.key.toUpperCase()}`;
  return (e.altKey || e.shiftKey) && e.code === code;
}

/** Whether a press is any of the shortcut's chords. */
export const matches = (kbd: string, e: Parameters<typeof pressed>[1]) => chords(kbd).some((c) => pressed(c, e));

/** A chord as one comparable string, for finding two commands that answer the same keys. */
export const chordName = (c: Chord) => `${c.mod ? 'Mod+' : ''}${c.ctrl ? 'Ctrl+' : ''}${c.alt ? 'Alt+' : ''}${c.shift ? 'Shift+' : ''}${c.key}`;

/** The shortcut as shown to the user: Mod is ⌘ on a Mac, Ctrl elsewhere. */
export const shownKbd = (kbd: string, mac: boolean) => kbd.replace(/Mod/g, mac ? '⌘' : 'Ctrl');
