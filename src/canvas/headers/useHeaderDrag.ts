import { useState, type PointerEvent } from 'react';

/**
 * Reordering by dragging a header along one axis. `slots` are the headers' screen-space
 * start/size; the result is the index the dragged header would take.
 */
export function useHeaderDrag(axis: 'x' | 'y', slots: { start: number; size: number }[], onDrop: (from: number, to: number) => void) {
  const [drag, setDrag] = useState<{ from: number; origin: number; offset: number; to: number } | null>(null);
  const pos = (e: PointerEvent) => (axis === 'x' ? e.clientX : e.clientY);
  const targetIndex = (at: number) => {
    let to = 0;
    slots.forEach((s, i) => {
      if (at > s.start + s.size / 2) to = i + 1;
    });
    return to;
  };
  return {
    drag,
    handlers: (index: number) => ({
      onPointerDown(e: PointerEvent<HTMLElement>) {
        if (e.button !== 0 || (e.target as HTMLElement).closest('button, input, select')) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        setDrag({ from: index, origin: pos(e), offset: 0, to: index });
      },
      onPointerMove(e: PointerEvent<HTMLElement>) {
        if (!drag || drag.from !== index) return;
        const offset = pos(e) - drag.origin;
        const slot = slots[index]!;
        const centre = slot.start + slot.size / 2 + offset;
        let to = targetIndex(centre);
        if (to > index) to -= 1; // index after removing the dragged header
        setDrag({ ...drag, offset, to });
      },
      onPointerUp() {
        if (drag && drag.from === index && Math.abs(drag.offset) > 4 && drag.to !== index) onDrop(index, drag.to);
        setDrag(null);
      },
      onPointerCancel() {
        setDrag(null);
      },
    }),
  };
}
