import { useMemo, useRef, type PointerEvent } from 'react';
import { useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { LANE_COLORS, layout, type Layout, type Lane } from '../model';
import { useT } from '../i18n/useT';
import { useEditorStore } from '../store/EditorStoreContext';

const WIDTH = 268;
const MAX_HEIGHT = 150;

/**
 * An overview of the whole board beside it (not over it, where it would hide cards): lanes,
 * every card as one path (one element, however large the board) and the part in view. Pressing
 * or dragging on it moves the view there. It can be hidden (the editor page remembers the choice).
 */
export function BoardMiniMap({ hidden, onToggle: toggle }: { hidden: boolean; onToggle(): void }) {
  const t = useT();
  const board = useEditorStore((s) => s.board);
  if (!board || !board.steps.length) return null;
  return (
    <section className="minimap" aria-label={t('editor.minimap')}>
      <button type="button" className="minimap-toggle" aria-expanded={!hidden} onClick={toggle}>
        {t(hidden ? 'minimap.show' : 'minimap.hide')}
      </button>
      {!hidden && <MiniMapView layout={layout(board)} lanes={board.lanes} label={t('minimap.picture')} />}
    </section>
  );
}

function MiniMapView({ layout: l, lanes, label }: { layout: Layout; lanes: readonly Lane[]; label: string }) {
  const flow = useReactFlow();
  const [tx, ty, zoom] = useFlowStore((s) => s.transform);
  const paneWidth = useFlowStore((s) => s.width);
  const paneHeight = useFlowStore((s) => s.height);
  const svg = useRef<SVGSVGElement>(null);
  const cards = useMemo(() => {
    let d = '';
    for (const r of l.cards.values()) d += `M${r.x} ${r.y}h${r.width}v${r.height}h${-r.width}z`;
    return d;
  }, [l.cards]);
  const { width, height } = l.size;
  const shownHeight = Math.min(MAX_HEIGHT, (WIDTH * height) / width);
  const moveView = (e: PointerEvent<SVGSVGElement>) => {
    const m = svg.current?.getScreenCTM();
    if (!m) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    void flow.setCenter(p.x, p.y, { zoom });
  };
  return (
    <svg
      ref={svg}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width={WIDTH}
      height={shownHeight}
      preserveAspectRatio="xMidYMid meet"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveView(e);
      }}
      onPointerMove={(e) => e.buttons === 1 && moveView(e)}
    >
      <rect width={width} height={height} fill="#f8fafc" />
      {l.lanes.map((r, i) => (
        <rect key={r.id} x={0} y={r.y} width={width} height={r.height} fill={LANE_COLORS[lanes[i]!.kind]} opacity={0.45} />
      ))}
      <path d={cards} fill="#94a3b8" />
      <rect
        className="minimap-view"
        x={-tx / zoom}
        y={-ty / zoom}
        width={paneWidth / zoom}
        height={paneHeight / zoom}
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
