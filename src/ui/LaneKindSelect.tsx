import { useTranslation } from 'react-i18next';
import { LANE_KINDS, type LaneKind } from '../model';

/** The lane kinds as a select, named as on the board (Add lane dialog, lane fields). */
export function LaneKindSelect({
  id,
  value,
  onChange,
  autoFocus,
}: {
  id: string;
  value: LaneKind;
  onChange(kind: LaneKind): void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as LaneKind)} autoFocus={autoFocus}>
      {LANE_KINDS.map((k) => (
        <option key={k} value={k}>
          {t(`laneKind.${k}`)}
        </option>
      ))}
    </select>
  );
}
