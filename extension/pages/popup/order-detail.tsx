/** One order in the popup: what was bought, where it stands, its history and tracking, and the way back to the portal. */
import { useEffect, useRef } from 'preact/hooks';
import { DELIVERY_PROMISE_LABELS, SHIP_SPEED_LABELS } from '../../../shared/service-levels.js';
import type { OrderAnswer } from '../../messaging/messages.js';
import { isPortal, PORTAL_NAMES } from '../../messaging/portal-links.js';
import { money, moneyOrUnknown, paymentWords, placedWhen, shipsAsWords, statusWords, when } from '../../shared/words.js';
import { ColumnHeads } from '../column-heads.js';

/** The detail view; Escape or the back button returns to the results. */
export function OrderDetailView({ answer, onBack }: { answer: OrderAnswer; onBack: () => void }) {
  const { order, portalUrl } = answer;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      onBack();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [order.id]);
  const portal = isPortal(order.channelKind) ? PORTAL_NAMES[order.channelKind] : undefined;

  return (
    <article aria-labelledby="order-heading">
      <button type="button" class="link" onClick={onBack}>
        ← Back to results
      </button>
      <h1 id="order-heading" ref={heading} tabIndex={-1}>
        Order {order.externalId}
      </h1>
      <dl>
        <dt>Status</dt>
        <dd>
          {statusWords(order.status)}
          {order.channelStatus ? <span class="muted"> ({order.channelStatus})</span> : null}
        </dd>
        {shipsAsWords(order) && (
          <>
            <dt>Ships as</dt>
            <dd data-orderlens="ships-as">{shipsAsWords(order)}</dd>
          </>
        )}
        <dt>Channel</dt>
        <dd>{portal?.short ?? order.channelKind}</dd>
        <dt>Placed</dt>
        <dd data-field="placed">{placedWhen(order)}</dd>
        {order.shipBy && (
          <>
            <dt>Ship by</dt>
            <dd>{when(order.shipBy)}</dd>
          </>
        )}
        <dt>Shipping speed</dt>
        <dd data-field="ship-speed">
          {SHIP_SPEED_LABELS[order.shipSpeed]}
          {order.deliveryPromise ? ` · ${DELIVERY_PROMISE_LABELS[order.deliveryPromise]}` : ''}
          <span class="muted"> ({order.serviceLevel})</span>
        </dd>
        <dt>Buyer</dt>
        <dd>{[order.buyer.name, order.buyer.email].filter(Boolean).join(' · ') || '—'}</dd>
        <dt>Total</dt>
        <dd data-field="total" class={order.total === null ? 'muted' : undefined}>
          {order.currencyUnknown
            ? 'Unknown: the page showed no currency (set the channel’s currency in Options)'
            : moneyOrUnknown(order.total, order.currency, 'Unknown: no page or file has shown it yet')}
        </dd>
        <dt>Payment</dt>
        <dd class="payment">
          {paymentWords(order.paymentStatus)}
          {order.refunded > 0 ? <span class="muted"> · {order.currencyUnknown ? 'an amount in an unknown currency' : money(order.refunded, order.currency)} refunded</span> : null}
        </dd>
      </dl>

      <h2>Items</h2>
      <table>
        <ColumnHeads titles={['SKU', 'Item', 'Qty', 'Price']} />
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id}>
              <td>{line.sku ?? line.channelSku ?? '—'}</td>
              <td>{line.title ?? ''}</td>
              <td>{line.quantity}</td>
              <td>{order.currencyUnknown ? 'unknown' : moneyOrUnknown(line.unitPrice, order.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Tracking</h2>
      {order.shipments.length === 0 ? (
        <p class="muted">No tracking yet.</p>
      ) : (
        <ul class="history">
          {order.shipments.map((s) => (
            <li key={s.id}>
              {[s.carrier, s.service].filter(Boolean).join(' ')} {s.trackingNumber ?? ''} <span class="muted">· shipped {when(s.shippedAt)}</span>
            </li>
          ))}
        </ul>
      )}

      <h2>Status history</h2>
      <ol class="history">
        {order.events.map((e) => (
          <li key={e.id}>
            <span class="muted">{when(e.at)}</span> · {e.fromStatus && e.toStatus ? `${statusWords(e.fromStatus)} → ${statusWords(e.toStatus)}` : e.toStatus ? statusWords(e.toStatus) : e.kind}{' '}
            <span class="muted">
              ({e.source}
              {e.actor ? `, by ${e.actor}` : ''})
            </span>
            {e.reason ? ` — ${e.reason}` : ''}
          </li>
        ))}
      </ol>

      {portalUrl && (
        <p>
          <a href={portalUrl} target="_blank" rel="noreferrer">
            Open in {portal?.full ?? 'the portal'}
          </a>
        </p>
      )}
    </article>
  );
}
