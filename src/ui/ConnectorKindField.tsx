import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connector } from '../model';

export type ConnectorKind = NonNullable<Connector['kind']>;

/** The connector kind choice (flow or dependency), as both connector dialogs ask it. */
export function ConnectorKindField({ value, onChange }: { value: ConnectorKind; onChange(kind: ConnectorKind): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('connector.kind')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ConnectorKind)}>
        <option value="flow">{t('connector.flow')}</option>
        <option value="dependency">{t('connector.dependency')}</option>
      </select>
    </div>
  );
}
