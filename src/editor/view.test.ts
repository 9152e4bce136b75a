import { describe, expect, it } from 'vitest';
import { BOTTOM_BAND, fittedViewport } from './view';

// Figures worked by hand: margin 16 on the left, right and top, the bottom band below.
describe('fitting the board to the view', () => {
  it('a tall board fits above the legend and zoom buttons, centred across', () => {
    const pane = { width: 1400, height: 850 };
    const v = fittedViewport(pane, { width: 1000, height: 1200 }, 'fit');
    expect(v.zoom).toBeCloseTo(778 / 1200, 6); // (850 − 16 − 56) / 1200
    expect(v.y + 1200 * v.zoom).toBeCloseTo(pane.height - BOTTOM_BAND, 6); // its last lane ends where the band begins
    expect(v.x).toBeCloseTo((1400 - 1000 * (778 / 1200)) / 2, 6);
  });

  it('a wide board: fitted across when readable; the first view keeps 50 % from the left edge', () => {
    const pane = { width: 1000, height: 800 };
    const size = { width: 2000, height: 1000 };
    expect(fittedViewport(pane, size, 'fit')).toEqual({ x: 16, y: 16, zoom: 968 / 2000 }); // 0.484: centred, 16 either side
    expect(fittedViewport(pane, size, 'initial')).toEqual({ x: 16, y: 16, zoom: 0.5 });
  });

  it('a long journey: "fit" keeps it readable (fitted to its height, at most 100 %), "all" shows it whole', () => {
    const pane = { width: 1000, height: 800 };
    const size = { width: 5000, height: 600 };
    expect(fittedViewport(pane, size, 'fit')).toEqual({ x: 16, y: 16, zoom: 1 }); // height allows 728/600 = 1.21
    const all = fittedViewport(pane, size, 'all');
    expect(all.zoom).toBeCloseTo(968 / 5000, 9);
    expect(all.x).toBeCloseTo(16, 9);
    const tall = { width: 5000, height: 2000 };
    expect(fittedViewport(pane, tall, 'fit').zoom).toBeCloseTo(0.45, 9); // 728/2000 = 0.364 is below readable
  });
});
