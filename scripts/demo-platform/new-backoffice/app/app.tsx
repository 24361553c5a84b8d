import { useEffect, useState } from 'preact/hooks';
import { api, type FileEntry, type Loaded, type ProductReturn, type RequestSummary, type ThreadMessage } from './api';
import { css } from './classes';
import { MessageHtml } from './message-html';

/**
 * The demo's "new back office": a compiled single-page app in the manner of the live seller back office. Hashed
 * class names, no data-qa, no ids naming parts; everything on screen comes from the seller-after-sales JSON the
 * page fetches, after a skeleton. Links navigate inside the app (history.pushState), as the live app does.
 */

/** How long the skeleton shows at least, as on the live app while its bundle and JSON arrive. */
const SKELETON_MS = 350;

function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href^="/bo-seller/"]');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      history.pushState(null, '', link.getAttribute('href'));
      setPath(location.pathname);
    };
    addEventListener('popstate', onPop);
    document.addEventListener('click', onClick);
    return () => {
      removeEventListener('popstate', onPop);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return path;
}

export function App() {
  const path = usePath();
  const careId = /^\/bo-seller\/customer-care\/help-requests\/([^/]+)/.exec(path)?.[1];
  return (
    <div class={css.shell}>
      <header class={css.top}>
        <span class={css.brand}>Back Market</span>
        <nav class={css.nav}>
          <a href="/bo-seller/customer-care/all-requests">Customer Care</a>
        </nav>
        <span class={css.chip}>demo</span>
      </header>
      <main class={css.main}>{careId ? <RequestPage key={careId} careId={decodeURIComponent(careId)} /> : <RequestList />}</main>
    </div>
  );
}

function Skeleton() {
  return (
    <div aria-busy="true">
      <div class={css.boneWide} />
      <div class={css.bone} />
      <div class={css.bone} />
      <div class={css.boneWide} />
    </div>
  );
}

/** Resolves after `ms`, so a fast local answer still shows the skeleton as the live app does. */
const atLeast = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function RequestList() {
  const [requests, setRequests] = useState<Loaded<{ requests: RequestSummary[] }> | null>(null);
  useEffect(() => {
    void Promise.all([api.requests(), atLeast(SKELETON_MS)]).then(([loaded]) => setRequests(loaded));
  }, []);
  if (!requests) return <Skeleton />;
  if (!requests.ok) return <p class={css.alert}>The requests could not be loaded ({requests.status}).</p>;
  return (
    <section class={css.card}>
      <h1>All requests</h1>
      <ul class={css.list}>
        {requests.data.requests.map((request) => (
          <li class={css.row} key={request.id}>
            <a href={`/bo-seller/customer-care/help-requests/${request.id}`}>
              #{request.ticketId} · {request.customer.firstName} {request.customer.lastName}
            </a>
            <span class={css.chip}>{request.status}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface CaseData {
  summary: RequestSummary;
  uuid: string;
  conversation: Loaded<{ messages: ThreadMessage[]; customerIssues: { id: string; label: string }[] }[]>;
  files: FileEntry[];
  returns: ProductReturn[];
  product: Loaded<{ title: string; grade: string; category: string }>;
  customer: Loaded<{ firstName: string; lastName: string; countryCode: string }>;
}

async function loadCase(careId: string): Promise<CaseData | string> {
  const list = await api.requests();
  if (!list.ok) return `The request list could not be loaded (${list.status}).`;
  const summary = list.data.requests.find((request) => request.id === careId);
  if (!summary) return 'This request does not exist.';
  const uuid = summary.order.orderlinePublicId;
  const [conversation, files, returns, product, customer] = await Promise.all([
    api.conversation(uuid),
    api.attachments(uuid),
    api.productReturns(uuid),
    api.product(uuid),
    api.customer(uuid),
    api.customerIssues(uuid),
  ]);
  return {
    summary,
    uuid,
    conversation,
    files: files.ok ? files.data.attachments : [],
    returns: returns.ok ? returns.data : [],
    product,
    customer,
  };
}

const SENDER_LABELS: Record<string, string> = { CUSTOMER: 'Customer', SELLER: 'You', SYSTEM: 'Back Market' };

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`;
}

function RequestPage({ careId }: { careId: string }) {
  const [loaded, setLoaded] = useState<CaseData | string | null>(null);
  const [sent, setSent] = useState<ThreadMessage[]>([]);
  useEffect(() => {
    void Promise.all([loadCase(careId), atLeast(SKELETON_MS)]).then(([data]) => setLoaded(data));
  }, [careId]);
  if (loaded === null) return <Skeleton />;
  if (typeof loaded === 'string') return <p class={css.alert}>{loaded}</p>;
  const { summary, conversation, files, returns, product, customer } = loaded;
  const messages = [...(conversation.ok ? conversation.data.flatMap((request) => request.messages) : []), ...sent];
  const shipment = returns[returns.length - 1];
  return (
    <div class={css.grid}>
      <section class={css.card}>
        <h1>Request #{summary.ticketId}</h1>
        {!conversation.ok && <p class={css.alert}>The conversation could not be loaded ({conversation.status || 'not JSON'}).</p>}
        <ol class={css.list}>
          {messages.map((message) => (
            <li
              key={message.messageId}
              class={message.sender.type === 'SELLER' ? css.bubbleMine : message.sender.type === 'SYSTEM' ? css.bubbleSystem : css.bubble}
            >
              <div>
                <span class={css.who}>{message.sender.displayName}</span>{' '}
                <span class={css.chip}>{SENDER_LABELS[message.sender.type] ?? message.sender.type}</span>{' '}
                <time class={css.when} dateTime={message.creationDate}>
                  {formatDate(message.creationDate)}
                </time>
              </div>
              <div class={css.body}>
                <MessageHtml html={message.content} />
              </div>
              <Files files={files.filter((file) => file.messageId === message.messageId)} />
            </li>
          ))}
        </ol>
        <Composer uuid={loaded.uuid} onSent={(message) => setSent((before) => [...before, message])} />
      </section>
      <aside class={css.card}>
        <dl class={css.facts}>
          <dt class={css.term}>Customer</dt>
          <dd class={css.value}>
            {customer.ok ? `${customer.data.firstName} ${customer.data.lastName}` : `Unavailable (${customer.status})`}
          </dd>
          <dt class={css.term}>Order</dt>
          <dd class={css.value}>{summary.order.id}</dd>
          <dt class={css.term}>Country</dt>
          <dd class={css.value}>{summary.order.countryCode}</dd>
          <dt class={css.term}>Product</dt>
          <dd class={css.value}>{product.ok ? `${product.data.title} (${product.data.grade})` : `Unavailable (${product.status})`}</dd>
          <dt class={css.term}>Issue</dt>
          <dd class={css.value}>
            {conversation.ok ? conversation.data.flatMap((request) => request.customerIssues.map((issue) => issue.label)).join(', ') : '—'}
          </dd>
          {shipment && (
            <>
              <dt class={css.term}>Return</dt>
              <dd class={css.value}>
                {shipment.carrier.name} {shipment.trackingNumber}
                {shipment.labelUrl && (
                  <>
                    {' '}
                    <a href={shipment.labelUrl} target="_blank" rel="noopener noreferrer">
                      label
                    </a>
                  </>
                )}
              </dd>
            </>
          )}
        </dl>
      </aside>
    </div>
  );
}

function Files({ files }: { files: FileEntry[] }) {
  if (files.length === 0) return null;
  return (
    <div class={css.files}>
      {files.map((file) => (
        <a key={file.url} href={file.url} target="_blank" rel="noopener noreferrer" title={file.fileName}>
          <img class={css.thumb} src={file.thumbnailUrl ?? file.url} alt={file.fileName} loading="lazy" />
        </a>
      ))}
    </div>
  );
}

function Composer({ uuid, onSent }: { uuid: string; onSent: (message: ThreadMessage) => void }) {
  const [text, setText] = useState('');
  const [failed, setFailed] = useState(false);
  const send = async () => {
    if (!text.trim()) return;
    const message = await api.send(uuid, text);
    setFailed(message === null);
    if (message) {
      onSent(message);
      setText('');
    }
  };
  return (
    <div class={css.write}>
      <textarea
        class={css.input}
        rows={4}
        placeholder="Write your message"
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <button class={css.send} type="button" onClick={() => void send()}>
        Send
      </button>
      {failed && <p class={css.alert}>The message could not be sent.</p>}
    </div>
  );
}
