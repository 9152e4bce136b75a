import type { KeyboardEvent, ReactNode } from 'react';
import type { AnalysisRow, AnalysisTable } from '../../files/analysisTables';

/**
 * One analysis table: real column headers, one row per item. A row about a card is focusable,
 * and a click or Enter on it shows that card on the board. `action`, when given, adds a last
 * column of buttons (on screen only: files and the PDF keep the table's own columns).
 */
export function AnalysisTableView({
  table,
  empty,
  onChoose,
  action,
}: {
  table: AnalysisTable;
  empty: string;
  onChoose(cardId: string, row: AnalysisRow): void;
  action?: { label: string; cell(row: AnalysisRow): ReactNode };
}) {
  const onKeyDown = (row: AnalysisRow) => (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget) return; // a key on the row's own button is the button's
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onChoose(row.cardId!, row);
    }
  };
  return (
    <div className="analysis-table">
      <table>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
            {action && <th scope="col">{action.label}</th>}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr
              key={i}
              className={`${row.cardId ? 'to-card' : ''}${row.marked ? ' marked' : ''}`}
              {...(row.cardId ? { tabIndex: 0, onClick: () => onChoose(row.cardId!, row), onKeyDown: onKeyDown(row) } : {})}
            >
              {row.cells.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
              {action && <td onClick={(e) => e.stopPropagation()}>{action.cell(row)}</td>}
            </tr>
          ))}
          {!table.rows.length && (
            <tr>
              <td colSpan={table.columns.length + (action ? 1 : 0)} className="empty">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
