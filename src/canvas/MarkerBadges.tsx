import { useT } from '../i18n/useT';
import { loopBadge, type Card } from '../model';
import { loopBadgeText } from '../i18n/loopBadgeText';

/** Touchpoint / failure / wait badges: icon plus text, never colour alone. The card's accessible description. */
export function MarkerBadges({
  card,
  comments = 0,
  unseen = false,
}: {
  card: Card;
  /** Open comment threads on the card. */
  comments?: number;
  /** Someone else commented since this user last looked. */
  unseen?: boolean;
}) {
  const t = useT();
  const loop = loopBadge(card);
  return (
    <div className="badges" id={`badges-${card.id}`}>
      {card.touchpoint && (
        <span className="badge touchpoint" title={t('card.touchpoint')}>
          <span aria-hidden="true">◉ </span>
          {t('card.touchpointChannel', { channel: t(`channel.${card.touchpoint.channel}`) })}
        </span>
      )}
      {card.failure && (
        <span className="badge failure" title={t('card.failure')}>
          <span aria-hidden="true">F </span>
          {t('card.failureSeverity', { severity: card.failure.severity })}
        </span>
      )}
      {card.evidence && <span className="visually-hidden">{t(`card.evidence.${card.evidence}`)}</span>}
      {card.wait && (
        <span className="badge wait" title={t('card.wait')}>
          <span aria-hidden="true">W </span>
          {t('card.waitMinutes', { minutes: card.wait.minutes, context: card.wait.minutes === undefined ? 'unset' : undefined })}
        </span>
      )}
      {loop && (
        <span className={`badge loop ${loop.kind}`}>
          <span aria-hidden="true">{loop.kind === 'priority' ? '★ ' : loop.kind === 'solution' ? '✓ ' : '“ '}</span>
          {loopBadgeText(loop, t as never)}
        </span>
      )}
      {(comments > 0 || unseen) && (
        <span className={unseen ? 'badge comments unseen' : 'badge comments'}>
          {comments > 0 && t('card.comments', { count: comments })}
          {comments > 0 && unseen && ' · '}
          {unseen && t('card.newComments')}
        </span>
      )}
    </div>
  );
}
