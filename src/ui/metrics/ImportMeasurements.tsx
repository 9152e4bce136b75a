import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { newId } from '../../model';
import { ensureCatalogue, i18next, LANGUAGES } from '../../i18n';
import type { MeasurementPreview } from '../../files/measurementsCsv';
import { useEditorStoreApi } from '../../store/EditorStoreContext';
import { errorText } from '../failureText';
import { ProblemTable } from '../ProblemTable';

type Ready = Extract<MeasurementPreview, { ok: true }>;
type State =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'refused'; message: string }
  | { kind: 'preview'; preview: Ready; file: string }
  | { kind: 'done'; count: number };

/** The parser and the words of every language, loaded on first use (the editor's code stays small). */
async function reader() {
  const [csv] = await Promise.all([import('../../files/measurementsCsv'), ...LANGUAGES.map(ensureCatalogue)]);
  return csv;
}

function refusal(p: Extract<MeasurementPreview, { ok: false }>, t: TFunction): string {
  if (p.reason === 'missingColumns')
    return t('measureImport.refused.missingColumns', {
      columns: new Intl.ListFormat(i18next.language, { type: 'conjunction' }).format(p.missing.map((c) => `“${c}”`)),
    });
  return t(`measureImport.refused.${p.reason}`, { max: p.max });
}

/**
 * Import measurements from a CSV file: a preview first (what will be added, the metrics that
 * will be made, every row that cannot be added with its line), nothing changed until confirmed,
 * then one undo step. Importing the same file again adds nothing.
 */
export function ImportMeasurements() {
  const { t, i18n } = useTranslation();
  const store = useEditorStoreApi();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const read = async (file: File) => {
    performance.mark('measure-import:read');
    setState({ kind: 'reading' });
    try {
      const [csv, bytes] = await Promise.all([reader(), file.arrayBuffer()]);
      const board = store.getState().board;
      if (!board) return setState({ kind: 'idle' });
      const names = csv.measurementNames((key, lng) => i18next.t(key, { lng }), LANGUAGES, i18n.language);
      const preview = csv.readMeasurementsCsv(new Uint8Array(bytes), board, names);
      setState(preview.ok ? { kind: 'preview', preview, file: file.name } : { kind: 'refused', message: refusal(preview, t) });
    } catch (e) {
      setState({ kind: 'refused', message: t('measureImport.refused.unreadable', { message: errorText(t, e) }) });
    }
  };

  const confirm = async (preview: Ready) => {
    const csv = await reader();
    const state = store.getState();
    if (!state.board) return;
    const before = state.board.measurements?.length ?? 0;
    performance.mark('measure-import:add');
    // One undo step; on a shared board written in parts, each small enough to send.
    const merge = `import:${newId()}`;
    state.endBurst();
    const perStep = state.connection ? csv.SHARED_STEP : undefined;
    for (const step of csv.measurementImportSteps(state.board, preview, perStep)) store.getState().apply(step, { merge });
    store.getState().endBurst();
    setState({ kind: 'done', count: (store.getState().board?.measurements?.length ?? 0) - before });
    if (input.current) input.current.value = '';
  };

  // User Timing for the benchmark: file chosen → preview drawn, and confirmed → added and drawn.
  useEffect(() => {
    const mark = state.kind === 'preview' ? 'measure-import:read' : state.kind === 'done' ? 'measure-import:add' : null;
    if (mark && performance.getEntriesByName(mark, 'mark').length)
      requestAnimationFrame(() =>
        setTimeout(() => {
          performance.measure(mark.replace(':', '-'), mark);
          performance.clearMarks(mark);
        }),
      );
  }, [state.kind]);

  const cancel = () => {
    setState({ kind: 'idle' });
    if (input.current) {
      input.current.value = '';
      input.current.focus();
    }
  };

  return (
    <section className="measure-import" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('measureImport.title')}</h3>
      <p className="hint">{t('measureImport.help')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('measureImport.file')}</label>
        <input
          id={`${id}-file`}
          ref={input}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void read(file);
          }}
        />
      </div>
      <div role="status" className="measure-import-status">
        {state.kind === 'reading' && <p>{t('measureImport.reading')}</p>}
        {state.kind === 'done' && <p>{state.count ? t('measureImport.done', { count: state.count }) : t('measureImport.nothing')}</p>}
      </div>
      {state.kind === 'refused' && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'preview' && <Preview preview={state.preview} onConfirm={() => void confirm(state.preview)} onCancel={cancel} />}
    </section>
  );
}

function Preview({ preview: p, onConfirm, onCancel }: { preview: Ready; onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const nothing = !p.add.length && !p.newMetrics.length;
  return (
    <div className="import-preview" aria-labelledby={`${id}-summary`}>
      <ul id={`${id}-summary`} className="import-summary">
        <li>{t('measureImport.rows', { count: p.rows })}</li>
        {p.encoding !== 'utf-8' && <li>{t('measureImport.encoding', { encoding: p.encoding.toUpperCase() })}</li>}
        <li>
          <strong>{p.add.length ? t('measureImport.adds', { count: p.add.length }) : t('measureImport.nothing')}</strong>
        </li>
        {p.duplicates > 0 && <li>{t('measureImport.duplicates', { count: p.duplicates })}</li>}
        {p.newMetrics.map(({ metric, library }) => (
          <li key={metric.id}>
            {library
              ? t('measureImport.newLibraryMetric', {
                  name: metric.name,
                  direction: t(`metric.directions.${metric.direction}`),
                  target: metric.target === undefined ? t('metric.noTarget') : metric.target,
                })
              : t('measureImport.newMetric', { name: metric.name, kind: t(`metric.kinds.${metric.kind}`) })}
          </li>
        ))}
      </ul>
      {p.problemCount > 0 && (
        <ProblemTable
          summary={t('measureImport.problems', { count: p.problemCount })}
          columns={[t('measureImport.line'), t('measureImport.problem'), t('measureImport.cell')]}
          rows={p.problems.map((x) => [x.line, t(`measureImport.problemText.${x.code}`), x.value])}
          more={p.problemCount > p.problems.length ? t('measureImport.moreProblems', { count: p.problemCount - p.problems.length }) : undefined}
        />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" disabled={nothing} onClick={onConfirm}>
          {t('measureImport.confirm')}
        </button>
      </div>
    </div>
  );
}
