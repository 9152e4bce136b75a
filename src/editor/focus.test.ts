// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { focusLater } from './focus';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const element = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.append(div);
  return div;
};

afterEach(() => document.body.replaceChildren());

describe('focusLater', () => {
  it('focuses the element on a later frame, also when it only appears then', async () => {
    focusLater('#card');
    await frame();
    element('<div id="card" tabindex="0"></div>');
    await frame();
    await frame();
    expect(document.activeElement?.id).toBe('card');
  });

  it('never takes focus from where the user went meanwhile (the next card’s editor)', async () => {
    element('<div id="card" tabindex="0"></div><textarea id="editor"></textarea>');
    const committed = element('<textarea id="old"></textarea>').querySelector('textarea')!;
    committed.focus();
    focusLater('#card'); // Enter committed a card: focus goes back to it a frame later…
    committed.remove();
    document.querySelector<HTMLElement>('#editor')!.focus(); // …but the user has already started the next card
    await frame();
    await frame();
    expect(document.activeElement?.id).toBe('editor');
  });

  it('two requests within a frame (two arrows pressed fast): the second wins, none is lost', async () => {
    element('<div id="a" tabindex="0"></div><div id="b" tabindex="0"></div><div id="c" tabindex="0"></div>');
    document.querySelector<HTMLElement>('#a')!.focus();
    focusLater('#b');
    focusLater('#c'); // asked while focus is still on #a
    await frame();
    await frame();
    expect(document.activeElement?.id).toBe('c');
  });
});
