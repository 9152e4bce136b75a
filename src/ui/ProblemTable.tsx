import type { ReactNode } from 'react';

/**
 * What an import cannot use: a summary, a table of the first problems (one row each, in the
 * caller's columns) and, when the list was cut, how many more there are.
 */
export function ProblemTable({ summary, columns, rows, more }: { summary: string; columns: string[]; rows: ReactNode[][]; more?: string }) {
  return (
    <>
      <p className="field-error">{summary}</p>
      <table className="import-problems">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i}>
              {cells.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {more && <p className="hint">{more}</p>}
    </>
  );
}
