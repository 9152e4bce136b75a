import { useTranslation } from 'react-i18next';
import type { BoardIssue } from '../model';

const SHOWN = 5;

/** Problems found in a document, each with its JSON path. */
export function IssueList({ issues }: { issues: readonly BoardIssue[] }) {
  const { t } = useTranslation();
  return (
    <ul className="issues">
      {issues.slice(0, SHOWN).map((e, i) => (
        <li key={i}>
          <code>{e.path}</code>: {e.message}
        </li>
      ))}
      {issues.length > SHOWN && <li>{t('library.moreIssues', { count: issues.length - SHOWN })}</li>}
    </ul>
  );
}
