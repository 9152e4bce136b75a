import { metricCellParts, targetText } from '../i18n/metricText';
import type { TFunction } from 'i18next';
import { cardDetails, loopBadge, type Card } from '../model';
import { loopBadgeText } from '../i18n/loopBadgeText';
import { detailsText } from '../i18n/detailsText';
import { laneNames } from '../i18n/templateTexts';
import type { PdfTexts } from '../files/pdf/pdf';
import type { CsvLabels } from '../files/csv';

/** The words exports print, from the active catalogue. */
export function exportTexts(t: TFunction, language: string): PdfTexts {
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
  return {
    line: { interaction: t('line.interaction'), visibility: t('line.visibility'), internal: t('line.internal') },
    touchpoint: (c: Card) => t('card.touchpointChannel', { channel: t(`channel.${c.touchpoint!.channel}`) }),
    failure: (c: Card) => t('card.failureSeverity', { severity: c.failure!.severity }),
    wait: (c: Card) => t('card.waitMinutes', { minutes: c.wait!.minutes, context: c.wait!.minutes === undefined ? 'unset' : undefined }),
    average: (persona, value) => t('export.average', { persona, value }),
    axis: { top: `+2 ${t('emotion.positive')}`, bottom: `-2 ${t('emotion.negative')}` },
    stages: (first, last) => t(first === last ? 'export.stage' : 'export.stages', { first, last }),
    page: (n, total) => t('export.page', { n, total }),
    exported: (date) => t('export.exported', { date: dateFormat.format(date) }),
    legend: t('legend.title'),
    analysis: t('analysis.title'),
    comments: t('comments.appendix'),
    backlog: t('backlog.title'),
    markers: { touchpoint: t('card.touchpoint'), failure: t('card.failure'), wait: t('card.wait') },
    toBe: t('legend.toBe'),
    evidence: { assumed: t('legend.assumed'), proposed: t('legend.proposed') },
    details: (c: Card) => detailsText(cardDetails(c), t),
    metricCell: (cell, metric) => metricCellParts(cell, metric, t, language),
    target: (metric) => targetText(metric, t, language),
    morePictures: (count) => t('media.more', { count }),
    picture: (description) => (description.trim() ? t('media.printed', { description: description.trim() }) : t('media.printedNone')),
    loop: (c: Card) => {
      const badge = loopBadge(c);
      return badge && loopBadgeText(badge, t);
    },
  };
}

/** CSV headers and values as the app shows them, in its language. */
export function csvLabels(t: TFunction): CsvLabels {
  const lanes = laneNames(t);
  return {
    column: (key) => t(`csv.${key}`),
    laneKind: (k) => lanes[k],
    option: (field, option) => t(`${field.optionKey}${option}`),
    marker: (kind) => t(`card.${kind}`),
  };
}
