// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { chordName, chords, matches, pressed } from './kbd';
import { clipboardKeys, commandForKey, commands, kbdOn, kbdShown, presentCommands } from './index';
import { TARGET_KINDS, type Target } from './target';

const press = (key: string, init: Partial<KeyboardEventInit & { code: string }> = {}) => new KeyboardEvent('keydown', { key, ...init });

describe('kbd', () => {
  it('reads alternatives, shared modifiers and key names', () => {
    expect(chords('Mod+Shift+Z · Ctrl+Y').map(chordName)).toEqual(['Mod+Shift+z', 'Ctrl+y']);
    expect(chords('Alt+← ↑').map(chordName)).toEqual(['Alt+ArrowLeft', 'Alt+ArrowUp']);
    expect(chords('Space · Shift+Space · Esc').map(chordName)).toEqual([' ', 'Shift+ ', 'Escape']);
    expect(() => chords('Cmd+K')).toThrow('Unknown modifier');
  });

  it('matches modifiers exactly: Mod+Z is not Mod+Shift+Z, and Mod is Ctrl or ⌘', () => {
    expect(matches('Mod+Z', press('z', { ctrlKey: true }))).toBe(true);
    expect(matches('Mod+Z', press('z', { metaKey: true }))).toBe(true);
    expect(matches('Mod+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matches('Mod+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matches('Ctrl+Y', press('y', { metaKey: true }))).toBe(false);
    expect(matches('N', press('n', { ctrlKey: true }))).toBe(false);
    expect(matches('N', press('N'))).toBe(true); // Caps Lock
  });

  it('finds the key when Alt or Shift typed another character, and lets a symbol need Shift', () => {
    expect(matches('Mod+Alt+H', press('˙', { metaKey: true, altKey: true, code: 'KeyH' }))).toBe(true);
    expect(matches('Shift+1', press('!', { shiftKey: true, code: 'Digit1' }))).toBe(true);
    expect(matches('Shift+1', press('1', { code: 'Digit1' }))).toBe(false);
    expect(matches('?', press('?', { shiftKey: true }))).toBe(true);
    expect(pressed(chords('A')[0]!, press('a', { code: 'KeyQ' }))).toBe(true); // AZERTY: the character counts
  });
});

describe('the command registry', () => {
  it('gives every command a label and a unique id, and every shortcut parses', () => {
    const all = [...commands, ...presentCommands, ...clipboardKeys];
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    for (const c of all) {
      expect(c.label).toMatch(/^[a-z]+\.[a-zA-Z.]+$/);
      const shown = kbdShown(c);
      if (shown) expect(chords(shown).length).toBeGreaterThan(0);
    }
  });

  for (const [name, list] of [
    ['editor', [...commands, ...clipboardKeys]],
    ['present mode', presentCommands],
  ] as const) {
    it(`never lets two ${name} commands answer the same key on the same kind of target`, () => {
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      for (const c of list)
        for (const kind of TARGET_KINDS) {
          const kbd = kbdOn(c, kind);
          for (const chord of kbd ? chords(kbd) : []) {
            const slot = `${kind}:${chordName(chord)}`;
            const first = owner.get(slot);
            if (first) clashes.push(`${slot} ${first} & ${c.id}`);
            else owner.set(slot, c.id);
          }
        }
      expect(clashes).toEqual([]);
      expect(owner.size).toBeGreaterThan(10);
    });
  }

  it('finds a key’s command by what has focus', () => {
    const lane: Target = { kind: 'header', header: 'lane', id: 'l', index: 0, name: 'L' };
    const step: Target = { ...lane, header: 'step' };
    const on = (e: KeyboardEvent, t: Target) => commandForKey(commands, e, t)?.id;
    expect(on(press('ArrowRight'), lane)).toBe('enterGrid');
    expect(on(press('ArrowRight'), step)).toBe('headerFocus');
    expect(on(press('ArrowDown'), step)).toBe('enterGrid');
    expect(on(press('ArrowRight', { altKey: true }), lane)).toBeUndefined();
    expect(on(press('ArrowDown', { altKey: true }), lane)).toBe('moveHeader');
    expect(on(press('Enter'), { kind: 'cell' })).toBe('addCardInCell');
    expect(on(press('Enter'), { kind: 'card', id: 'c' })).toBe('editCard');
    expect(on(press('Delete'), { kind: 'connector', id: 'e' })).toBe('deleteConnector');
    expect(on(press('Delete'), lane)).toBe('deleteHeader');
    expect(on(press('z', { ctrlKey: true }), lane)).toBe('undo');
    expect(on(press(' ', { shiftKey: true }), { kind: 'page' })).toBeUndefined();
    expect(commandForKey(presentCommands, press(' ', { shiftKey: true }), { kind: 'page' })?.id).toBe('presentPrevious');
  });
});
