import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { familyOf, renameScenario } from '../model';
import type { BoardRepository } from '../persistence';
import { useEditorStore, useEditorStoreApi } from '../store/EditorStoreContext';
import { TextPromptDialog } from './TextPromptDialog';
import { boardHref, navigate } from './routes';

/**
 * "Scenario": the scenarios of the open board's service, in the order they were made; choosing
 * one opens it (a native select: arrows and type-ahead by keyboard, announced as a combobox).
 */
export function ScenarioSwitcher({ repo, id }: { repo: BoardRepository; id: string }) {
  const { t } = useTranslation();
  const scenario = useEditorStore((s) => s.board?.scenario);
  const readOnly = useEditorStore((s) => s.readOnly);
  const store = useEditorStoreApi();
  const [renaming, setRenaming] = useState(false);
  // The library is read (and read again as boards change) only for a board that has scenarios.
  const entries = useLiveQuery(() => (scenario ? repo.list() : undefined), [repo, !!scenario]);
  if (!scenario || !entries) return null;
  const members = familyOf(entries, scenario.family);
  // This board's own name is the one in its document (the listing catches up with the next save).
  const name = (m: (typeof members)[number]) => (m.id === id ? scenario.name : m.scenario.name) || t('scenario.unnamed');
  if (!members.some((m) => m.id === id)) members.push({ id, scenario, createdAt: '', title: '', updatedAt: '', damaged: false });
  return (
    <div className="scenario-switcher">
      <label>
        <span>{t('scenario.label')}</span>
        <select value={id} onChange={(e) => navigate(boardHref(e.target.value))}>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {name(m)}
            </option>
          ))}
        </select>
      </label>
      {!readOnly && (
        <button type="button" onClick={() => setRenaming(true)}>
          {t('scenario.rename')}
        </button>
      )}
      {renaming && (
        <TextPromptDialog
          title={t('scenario.rename')}
          label={t('scenario.name')}
          initial={scenario.name}
          onCancel={() => setRenaming(false)}
          onSubmit={(value) => {
            setRenaming(false);
            store.getState().apply((b) => renameScenario(b, value));
          }}
        />
      )}
    </div>
  );
}
