/** One choice a filter offers: the value it keeps and the words it shows. */
export interface FilterOption {
  value: string;
  label: string;
}

/** Owner filters show the owner as typed. */
export const asOptions = (values: readonly string[], label: (v: string) => string = (v) => v): FilterOption[] =>
  values.map((value) => ({ value, label: label(value) }));

/**
 * A labelled filter of a table (Backlog, Portfolio): everything (`undefined`, shown as `all`) or
 * rows with one value.
 */
export function FilterSelect({
  label,
  all,
  value,
  options,
  onChange,
}: {
  label: string;
  all: string;
  value: string | undefined;
  options: readonly FilterOption[];
  onChange(value: string | undefined): void;
}) {
  return (
    <label className="inline-field">
      {label}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
