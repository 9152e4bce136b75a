import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { safeLink, splitTags, type Card, type CardField, type FieldValue } from '../model';
import { useEditorStore } from '../store/EditorStoreContext';

/** Number input value → number or undefined (empty / not a number). */
export const numberOrUndefined = (value: string) => (value.trim() === '' || Number.isNaN(Number(value)) ? undefined : Number(value));

/** A labelled field: `children` gets the id its control must carry. */
export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/**
 * One card field from the field table, drawn by its kind. `onChange` sets a value (typing in one
 * field merges into one undo step); `onEndBurst` ends that step when the field loses focus;
 * `suggestions` renders the list a `suggest` field offers.
 */
export function CardFieldInput({
  field,
  card,
  onChange,
  onEndBurst,
  suggestions,
}: {
  field: CardField;
  card: Card;
  onChange(value: FieldValue): void;
  onEndBurst(): void;
  suggestions?: (listId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const value = field.get(card);
  const hint = field.hint && t(field.hint);
  if (field.kind === 'color') return null; // the swatches are their own group (CardColors)
  if (field.kind === 'metrics') return <MetricChoice label={t(`inspector.${field.key}`)} value={(value as string[]) ?? []} onChange={onChange} />;
  return (
    <Field label={t(`inspector.${field.key}`)}>
      {(id) => {
        switch (field.kind) {
          case 'text':
            return field.rows ? (
              <textarea id={id} rows={field.rows} value={(value as string) ?? ''} onChange={(e) => onChange(e.target.value)} onBlur={onEndBurst} />
            ) : (
              <>
                <input
                  id={id}
                  list={field.suggest ? `${id}-list` : undefined}
                  value={(value as string) ?? ''}
                  placeholder={hint}
                  onChange={(e) => onChange(e.target.value)}
                  onBlur={onEndBurst}
                />
                {field.suggest && suggestions?.(`${id}-list`)}
              </>
            );
          case 'number':
            return (
              <input
                id={id}
                type="number"
                min={field.min}
                value={(value as number) ?? ''}
                placeholder={hint}
                onChange={(e) => onChange(numberOrUndefined(e.target.value))}
                onBlur={onEndBurst}
              />
            );
          case 'level':
          case 'choice': {
            const options = field.kind === 'level' ? Array.from({ length: field.levels }, (_, i) => i + 1) : field.options;
            const label = (o: string | number) =>
              field.kind === 'choice' ? t(`${field.optionKey}${o}`) : field.levelKey ? t(`${field.levelKey}${o}`) : String(o);
            return (
              <select
                id={id}
                value={(value as string | number) ?? ''}
                onChange={(e) => onChange(field.kind === 'level' ? numberOrUndefined(e.target.value) : e.target.value || undefined)}
              >
                {!field.required && <option value="">—</option>}
                {options.map((o) => (
                  <option key={o} value={o}>
                    {label(o)}
                  </option>
                ))}
              </select>
            );
          }
          case 'date':
            return <input id={id} type="date" value={(value as string) ?? ''} onChange={(e) => onChange(e.target.value || undefined)} />;
          case 'link': {
            // Kept as typed; opened only when it is an http(s) address, in a new tab.
            const typed = (value as string) ?? '';
            const href = safeLink(typed);
            return (
              <>
                <input
                  id={id}
                  type="url"
                  inputMode="url"
                  value={typed}
                  placeholder="https://"
                  aria-describedby={typed && !href ? `${id}-bad` : undefined}
                  onChange={(e) => onChange(e.target.value)}
                  onBlur={onEndBurst}
                />
                {href && (
                  <a href={href} target="_blank" rel="noopener noreferrer" className="field-link">
                    {t('inspector.openLink')}
                  </a>
                )}
                {typed && !href && (
                  <span id={`${id}-bad`} className="field-error">
                    {t('inspector.linkRefused')}
                  </span>
                )}
              </>
            );
          }
          case 'tags':
            // Tags are written as one line and taken apart when the field is left.
            return (
              <input
                id={id}
                key={((value as string[]) ?? []).join('\n')}
                defaultValue={((value as string[]) ?? []).join(', ')}
                placeholder={hint}
                onBlur={(e) => onChange(splitTags(e.target.value))}
              />
            );
        }
      }}
    </Field>
  );
}

/** Some of the board's metrics, as a group of checkboxes (a solution's metrics it should move). */
function MetricChoice({ label, value, onChange }: { label: string; value: readonly string[]; onChange(value: FieldValue): void }) {
  const { t } = useTranslation();
  const metrics = useEditorStore((s) => s.board?.metrics);
  return (
    <fieldset className="field metric-choice">
      <legend>{label}</legend>
      {metrics?.length ? (
        metrics.map((m) => (
          <label key={m.id} className="check">
            <input
              type="checkbox"
              checked={value.includes(m.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, m.id] : value.filter((id) => id !== m.id))}
            />
            {m.name}
          </label>
        ))
      ) : (
        <p className="hint">{t('inspector.noMetrics')}</p>
      )}
    </fieldset>
  );
}
