/**
 * One care conversation (or trade-in thread) of the demo back office.
 *
 * MARKUP CONTRACT read by the ReturnDesk site adapter (utils/sites/adapters/demo.ts). Back Market's front end
 * marks its parts with `data-qa`; so does this page. Change a name here and the adapter, its fixtures
 * (tests/fixtures/sites/demo-*.html, re-dump with `npx tsx scripts/demo-platform/dump-fixtures.ts`) and
 * tests/unit/sites/demo-drift.test.ts must follow.
 *
 *   [data-qa="conversation"]        root; data-folder-id = folder id (or trade-in order id),
 *                                   data-conversation-kind = care | buyback
 *   [data-qa="next-conversation"]   link to the next conversation of the list (pushState navigation)
 *   [data-qa="order-panel"]         the order/claim panel, containing:
 *     [data-qa="customer-name"]       > [data-qa="customer-first-name"], [data-qa="customer-last-name"]
 *     [data-qa="customer-country"]    data-country-code = lowercase locale (en-gb); text = country name
 *     [data-qa="order-id"]            data-order-id = raw id; text = the same id
 *     [data-qa="product-title"]       text
 *     [data-qa="product-category"]    text (category_3.category_name)
 *     [data-qa="warranty-state"]      care only; data-warranty-state = IN_WARRANTY | WATER_OR_DROPPED |
 *                                     THIRD_PARTY_REPAIR; text = human label
 *     [data-qa="carrier"]             text (shipper_display)
 *     [data-qa="tracking-number"]     text
 *     [data-qa="return-labels"]       care only; list of [data-qa="return-label"] with data-label-state
 *                                     (USED | ALIVE | EXPIRED), data-label-direction (UNSET |
 *                                     CUSTOMER_TO_MERCHANT | MERCHANT_TO_CUSTOMER), an <a href> to the label
 *                                     document when there is one, and <time datetime>
 *   [data-qa="message-list"]        <ol> of [data-qa="message"]; each has data-message-id and
 *                                   data-author-role = customer | merchant | backmarket | unknown, and contains
 *     [data-qa="message-author"]      author name (text)
 *     [data-qa="message-date"]        <time datetime="ISO 8601">
 *     [data-qa="message-body"]        the message as plain text (rendered as a text node, never as HTML)
 *     [data-qa="message-attachment"]  <a href> to the full file, data-file-name, type = MIME type, with an <img>
 *                                     thumbnail; a link the platform refuses (javascript:, data:) is a <span>
 *                                     with the same data-qa and no href
 *   [data-qa="composer"]            <form>; [data-qa="composer-input"] is a Preact-controlled <textarea>
 *                                   (aria-label "Reply to the customer"): its value lives in component state,
 *                                   so setting .value without an input event is lost on Send;
 *                                   [data-qa="composer-send"] is the Send button.
 */
import type { ConversationView as View } from '../../data/view';
import { followLink } from '../router';
import { CONVERSATION_LIST_PATH } from '../../data/view';
import { Composer } from './composer';
import { MessageItem } from './message-item';
import { OrderPanel } from './order-panel';

export interface ConversationViewProps {
  view: View;
  nextPath: string | null;
  onSend: (message: string) => Promise<void>;
}

export function ConversationView({ view, nextPath, onSend }: ConversationViewProps) {
  return (
    <main class="conversation" data-qa="conversation" data-folder-id={view.id} data-conversation-kind={view.kind}>
      <nav class="conversation-nav">
        <a href={CONVERSATION_LIST_PATH} onClick={(event) => followLink(event, CONVERSATION_LIST_PATH)}>
          ← All conversations
        </a>
        <h1>{view.kind === 'care' ? `Care folder ${view.id}` : `Trade-in order ${view.id}`}</h1>
        {nextPath && (
          <a class="next-link" data-qa="next-conversation" href={nextPath} onClick={(event) => followLink(event, nextPath)}>
            Next conversation →
          </a>
        )}
      </nav>
      <div class="conversation-body">
        <section class="thread" aria-label="Messages">
          <ol class="message-list" data-qa="message-list">
            {view.messages.map((message) => (
              <MessageItem key={message.id} message={message} />
            ))}
          </ol>
          <Composer recipient={view.customerFirstName} onSend={onSend} />
        </section>
        <OrderPanel view={view} />
      </div>
    </main>
  );
}
