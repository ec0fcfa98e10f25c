/**
 * Account choice (`data-orderlens="account-choice"`): when the background
 * answers a capture saying the page's account maps to none of the seller's
 * channels for sure (two Amazon channels, a page from amazon.de), a small
 * prompt in the page's corner asks which channel it is, once, with a button
 * per channel of the portal's kind and one for a new channel, and says why:
 * the page's orders wait in the outbox until then. The choice goes to the
 * background, which remembers it and sends the held orders.
 */
import type { VNode } from 'preact';
import { type AccountChoiceAsk, askBackground } from '../../messaging/messages.js';
import { PORTAL_NAMES } from '../../messaging/portal-links.js';
import type { PortalFeature } from '../core/features.js';
import { chipLayer } from '../core/mount.js';
import { PILL_CSS } from '../core/pill.js';
import type { PortalId } from '../portals/types.js';

/** The prompt sits in the page's corner above the page-health marker, in the pills' palette. */
const PROMPT_CSS = `.prompt{position:fixed;right:16px;bottom:48px;z-index:2147483647;box-sizing:border-box;max-width:min(30em,90vw);
padding:10px 12px;border-radius:10px;font:400 13px/18px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;box-shadow:0 2px 8px rgba(16,24,40,.2);}
.prompt p{margin:0 0 6px;}.prompt .question{font-weight:600;}.prompt .why{font-size:12px;}
.prompt .choices{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px;}
.prompt button{font:500 12px/18px inherit;font-family:inherit;padding:2px 10px;border-radius:999px;border:1px solid #c7d7fe;background:#fff;color:#2e4c8f;cursor:pointer;}
.prompt button:disabled{opacity:.6;cursor:default;}.prompt button.quiet{border-color:#d0d5dd;color:#475467;}`;

/** What the prompt shows: the question, a choice being sent, the answer, or a problem. */
export type PromptState = { step: 'asking'; problem?: string | undefined } | { step: 'sending' } | { step: 'chosen'; channelName: string };

/** The question, as the seller reads it: "Which Orderlens channel is Amazon (amazon.de)?" */
export function accountQuestion(portal: PortalId, ask: AccountChoiceAsk): string {
  return `Which Orderlens channel is ${PORTAL_NAMES[portal].short} (${ask.account.name ?? ask.account.key})?`;
}

/** Why the prompt is there. */
export function accountWhy(ask: AccountChoiceAsk): string {
  const orders = ask.held === 1 ? '1 order' : `${ask.held} orders`;
  return `Orderlens cannot tell which of your channels this is, so ${orders} read here wait in the Orderlens outbox until you choose. Nothing is sent to a guessed channel.`;
}

/** The prompt's view. */
export function AccountPrompt({
  portal,
  ask,
  state,
  choose,
  later,
}: {
  portal: PortalId;
  ask: AccountChoiceAsk;
  state: PromptState;
  choose: (target: { channelId: string } | { newChannel: true }) => void;
  later: () => void;
}): VNode {
  if (state.step === 'chosen') {
    return (
      <div class="prompt good" role="status">
        <p>
          Orders from {ask.account.name ?? ask.account.key} now go to {state.channelName}.
        </p>
      </div>
    );
  }
  const busy = state.step === 'sending';
  return (
    <div class="prompt info" role="dialog" aria-label="Orderlens: choose a channel">
      <p class="question">{accountQuestion(portal, ask)}</p>
      <p class="why">{accountWhy(ask)}</p>
      <div class="choices">
        {ask.channels.map((channel) => (
          <button type="button" key={channel.id} data-channel-id={channel.id} disabled={busy} onClick={() => choose({ channelId: channel.id })}>
            {channel.name}
          </button>
        ))}
        <button type="button" data-channel-id="new" disabled={busy} onClick={() => choose({ newChannel: true })}>
          A new channel
        </button>
        <button type="button" class="quiet" disabled={busy} onClick={later}>
          Later
        </button>
      </div>
      {state.step === 'asking' && state.problem ? <p class="why bad">{state.problem}</p> : null}
    </div>
  );
}

/** The choice the last capture of this page was answered with, for the prompt's next pass. */
let asked: AccountChoiceAsk | undefined;

/** Called by capture-orders with what the background answered (undefined when nothing needs choosing). */
export function noteChoiceAsked(ask: AccountChoiceAsk | undefined): void {
  if (ask) asked = ask;
}

export const accountChoice: PortalFeature = {
  id: 'account-choice',
  include: ['orders', 'order'],
  start({ portal, signal, schedule }) {
    const layer = chipLayer('account-choice', PILL_CSS + PROMPT_CSS, signal);
    /** Accounts answered (or put off) on this page: asked once, never again. */
    const settled = new Set<string>();
    let showing: { ask: AccountChoiceAsk; state: PromptState } | undefined;

    const draw = () => {
      if (!showing || !document.body) return layer.keepOnly(new Set());
      const { ask, state } = showing;
      layer.show(document.body, 'account', state.step, <AccountPrompt portal={portal} ask={ask} state={state} choose={choose} later={later} />);
      layer.keepOnly(new Set([document.body]));
    };
    const later = () => {
      if (showing) settled.add(showing.ask.account.key);
      showing = undefined;
      draw();
    };
    const choose = (target: { channelId: string } | { newChannel: true }) => {
      if (!showing) return;
      const { ask } = showing;
      showing = { ask, state: { step: 'sending' } };
      draw();
      askBackground({ type: 'chooseChannel', channelKind: portal, account: ask.account, ...target }).then(
        (chosen) => {
          settled.add(ask.account.key);
          showing = { ask, state: { step: 'chosen', channelName: chosen.channelName } };
          draw();
          // The confirmation goes after a moment; the held orders are on their way (their chips follow).
          const hide = setTimeout(later, 4000);
          signal.addEventListener('abort', () => clearTimeout(hide), { once: true });
          schedule();
        },
        (error: unknown) => {
          showing = { ask, state: { step: 'asking', problem: `Orderlens could not save the choice: ${error instanceof Error ? error.message : String(error)}` } };
          draw();
        },
      );
    };

    return (page) => {
      const ask = asked;
      asked = undefined;
      if (ask && page.account?.key === ask.account.key && !settled.has(ask.account.key)) showing = { ask, state: showing?.ask.account.key === ask.account.key ? showing.state : { step: 'asking' } };
      // A page now of another account (an SPA moving between stores) no longer asks about the old one.
      if (showing && showing.state.step === 'asking' && page.account?.key !== showing.ask.account.key) showing = undefined;
      draw();
    };
  },
};
