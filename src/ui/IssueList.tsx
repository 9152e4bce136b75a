import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BoardIssue } from '../model';

/** One problem in the user's language. A report stored by an earlier build has no code: its English words are all there is. */
export const issueText = (t: TFunction, e: BoardIssue): string =>
  e.code ? t(`issue.${e.code}`, { ...e.params, ...(e.params?.what !== undefined && { what: t(`issue.what.${e.params.what}`) }) }) : e.message;

const SHOWN = 5;

/** Problems found in a document, each with its JSON path, worded in the user's language. */
export function IssueList({ issues }: { issues: readonly BoardIssue[] }) {
  const { t } = useTranslation();
  return (
    <ul className="issues">
      {issues.slice(0, SHOWN).map((e, i) => (
        <li key={i}>
          <code>{e.path}</code>: {issueText(t, e)}
        </li>
      ))}
      {issues.length > SHOWN && <li>{t('library.moreIssues', { count: issues.length - SHOWN })}</li>}
    </ul>
  );
}
