/** A point of a quadrant chart: where it sits on the two 1–5 scales, its colour and its name. */
export interface ChartDot {
  id: string;
  x: number;
  y: number;
  fill: string;
  name: string;
}

/**
 * Two 1–5 scales split into four quadrants, with a dot per item: the importance × performance
 * grid of the Analysis view and the Backlog's value × effort matrix. Every dot is focusable,
 * named, and chosen by click, Enter or Space; dots at the same place sit in a small ring so each
 * stays visible. Colours are attributes, so a picture of the view keeps them.
 */
export function QuadrantChart({
  label,
  size,
  axes,
  split,
  corners,
  dots,
  onChoose,
}: {
  label: string;
  size: number;
  axes: { x: string; y: string };
  /** Where the quadrants divide, on each scale. */
  split: { x: number; y: number };
  corners: { topLeft: string; topRight: string; bottomLeft: string; bottomRight: string };
  dots: ChartDot[];
  onChoose(id: string): void;
}) {
  const pad = 36,
    span = size - 2 * pad;
  const px = (x: number) => pad + ((x - 1) / 4) * span;
  const py = (y: number) => pad + ((5 - y) / 4) * span;
  const seen = new Map<string, number>();
  const corner = (text: string, x: number, y: number, anchor: 'start' | 'end') => (
    <text x={x} y={y} textAnchor={anchor} fill="#334155" fontWeight={600} fontSize={10}>
      {text}
    </text>
  );
  return (
    <svg className="priorities-chart" viewBox={`0 0 ${size} ${size}`} width="100%" style={{ maxWidth: size }} role="group" aria-label={label}>
      <rect x={pad} y={pad} width={span} height={span} fill="#f8fafc" stroke="#94a3b8" />
      <line x1={px(split.x)} x2={px(split.x)} y1={pad} y2={pad + span} stroke="#64748b" strokeDasharray="4 3" />
      <line x1={pad} x2={pad + span} y1={py(split.y)} y2={py(split.y)} stroke="#64748b" strokeDasharray="4 3" />
      {corner(corners.topLeft, pad + 4, pad + 12, 'start')}
      {corner(corners.topRight, pad + span - 4, pad + 12, 'end')}
      {corner(corners.bottomLeft, pad + 4, pad + span - 5, 'start')}
      {corner(corners.bottomRight, pad + span - 4, pad + span - 5, 'end')}
      {[1, 2, 3, 4, 5].map((v) => (
        <g key={v} aria-hidden="true" fill="#334155" fontSize={10}>
          <text x={px(v)} y={pad + span + 14} textAnchor="middle">
            {v}
          </text>
          <text x={pad - 8} y={py(v) + 4} textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      <text x={pad + span / 2} y={size - 4} textAnchor="middle" fill="#334155" fontSize={10}>
        {axes.x}
      </text>
      <text x={12} y={pad + span / 2} textAnchor="middle" fill="#334155" fontSize={10} transform={`rotate(-90 12 ${pad + span / 2})`}>
        {axes.y}
      </text>
      {dots.map((d) => {
        const key = `${d.x}:${d.y}`;
        const k = seen.get(key) ?? 0;
        seen.set(key, k + 1);
        const angle = k * 2.4,
          radius = k ? 5 + 2 * Math.sqrt(k) : 0; // a sunflower spiral of equals
        return (
          <circle
            key={d.id}
            className="dot"
            fill={d.fill}
            stroke="#fff"
            strokeWidth={1.5}
            cx={px(d.x) + radius * Math.cos(angle)}
            cy={py(d.y) + radius * Math.sin(angle)}
            r={5.5}
            tabIndex={0}
            role="button"
            aria-label={d.name}
            onClick={() => onChoose(d.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onChoose(d.id);
              }
            }}
          >
            <title>{d.name}</title>
          </circle>
        );
      })}
    </svg>
  );
}
