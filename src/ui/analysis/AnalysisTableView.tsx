import type { KeyboardEvent } from 'react';
import type { AnalysisTable } from '../../files/analysisTables';

/**
 * One analysis table: real column headers, one row per item. A row about a card is focusable,
 * and a click or Enter on it shows that card on the board.
 */
export function AnalysisTableView({ table, empty, onChoose }: { table: AnalysisTable; empty: string; onChoose(cardId: string): void }) {
  const onKeyDown = (cardId: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onChoose(cardId);
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
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr
              key={i}
              className={`${row.cardId ? 'to-card' : ''}${row.marked ? ' marked' : ''}`}
              {...(row.cardId ? { tabIndex: 0, onClick: () => onChoose(row.cardId!), onKeyDown: onKeyDown(row.cardId) } : {})}
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
            </tr>
          ))}
          {!table.rows.length && (
            <tr>
              <td colSpan={table.columns.length} className="empty">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
