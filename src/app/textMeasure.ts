import { setTextMeasure } from '../model';

/**
 * Card heights come from the model's line count; here it measures with the page's own font (a
 * canvas at the cards' 14 px), so a card gets the lines its text really needs on this screen.
 */
export function installTextMeasure() {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return; // the model's estimate stays
  const family = getComputedStyle(document.documentElement).fontFamily || 'system-ui, sans-serif';
  context.font = `14px ${family}`;
  const widths = new Map<string, number>();
  setTextMeasure((text) => {
    let w = widths.get(text);
    if (w === undefined) {
      w = context.measureText(text).width;
      if (widths.size > 50_000) widths.clear();
      widths.set(text, w);
    }
    return w;
  });
}
