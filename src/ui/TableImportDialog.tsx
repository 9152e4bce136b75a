import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board, BoardIssue } from '../model';
import { IssueList } from './IssueList';
import { ProblemTable } from './ProblemTable';
import type { ImportResult } from '../files/import';
import { Dialog } from './Dialog';

export type TableImport = {
  file: string;
  board: Board;
  table: NonNullable<Extract<ImportResult, { ok: true }>['table']>;
  /** Why the sheet chosen last (`refusedSheet`) cannot be read: nothing can be made of it. */
  refused?: BoardIssue[];
  refusedSheet?: string;
};
/**
 * A table's board before it is made: how big it is, how the table was read, and every cell that
 * cannot be read (row and column, what is wrong, the cell); nothing is created until confirmed.
 */
export function TableImportDialog({
  preview,
  onCreate,
  onCancel,
  onSheet,
}: {
  preview: TableImport;
  onCreate(): void;
  onCancel(): void;
  /** Reads another sheet of the workbook instead. */
  onSheet(sheet: string): void;
}) {
  const { t } = useTranslation();
  const { board, table } = preview;
  // User Timing for the benchmark: from the file chosen to the preview drawn.
  useEffect(() => {
    if (!performance.getEntriesByName('table-import:read', 'mark').length) return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.measure('table-import-read', 'table-import:read');
        performance.clearMarks('table-import:read');
      }),
    );
  }, []);
  return (
    <Dialog title={t('tableImport.title', { file: preview.file })} onClose={onCancel} wide>
      {table.sheets && table.sheets.length > 1 && (
        <label className="field">
          <span>{t('tableImport.sheet')}</span>
          <select value={preview.refusedSheet ?? table.sheet} onChange={(e) => onSheet(e.target.value)}>
            {table.sheets.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      )}
      <p>
        {t('tableImport.summary', {
          stages: t('tableImport.stages', { count: board.stages.length }),
          steps: t('tableImport.steps', { count: board.steps.length }),
          lanes: t('tableImport.lanes', { count: board.lanes.length }),
          cards: t('tableImport.cards', { count: board.cards.length }),
          form: t(`tableImport.form.${table.form}`),
        })}
        {table.encoding && table.encoding !== 'utf-8' && <> {t('tableImport.encoding', { encoding: table.encoding.toUpperCase() })}</>}
      </p>
      {preview.refused && (
        <div role="alert" className="error">
          <p>{t('tableImport.sheetRefused', { sheet: preview.refusedSheet })}</p>
          <IssueList issues={preview.refused} />
        </div>
      )}
      {!preview.refused && table.problemCount > 0 && (
        <ProblemTable
          summary={t('tableImport.problems', { count: table.problemCount })}
          columns={[t('tableImport.row'), t('tableImport.column'), t('tableImport.problemHeader')]}
          rows={table.problems.map((x) => [x.row, x.column, t(`tableImport.code.${x.code}`, { value: x.value })])}
          more={table.problemCount > table.problems.length ? t('tableImport.more', { count: table.problemCount - table.problems.length }) : undefined}
        />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" autoFocus disabled={!!preview.refused} onClick={onCreate}>
          {t('tableImport.create')}
        </button>
      </div>
    </Dialog>
  );
}
