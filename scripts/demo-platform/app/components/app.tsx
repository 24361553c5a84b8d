import { usePath, followLink } from '../router';
import { CONVERSATION_LIST_PATH } from '../../data/view';
import { FolderList } from './folder-list';
import { ConversationPage } from './conversation-page';

function route(path: string) {
  const care = /^\/bo-seller\/customer-care\/folders\/([^/]+)\/?$/.exec(path);
  if (care) return <ConversationPage key={`care-${care[1]}`} kind="care" id={decodeURIComponent(care[1]!)} />;
  const buyback = /^\/bo-seller\/buyback\/orders\/([^/]+)\/?$/.exec(path);
  if (buyback) return <ConversationPage key={`buyback-${buyback[1]}`} kind="buyback" id={decodeURIComponent(buyback[1]!)} />;
  if (path === CONVERSATION_LIST_PATH || path === `${CONVERSATION_LIST_PATH}/`) return <FolderList />;
  return (
    <main class="page-message" data-qa="not-found">
      <h1>Page not found</h1>
      <p>
        <a href={CONVERSATION_LIST_PATH} onClick={(event) => followLink(event, CONVERSATION_LIST_PATH)}>
          Back to customer care
        </a>
      </p>
    </main>
  );
}

export function App() {
  const path = usePath();
  return (
    <div class="shell">
      <header class="topbar">
        <span class="brand">Back Market</span>
        <span class="topbar-title">Seller back office</span>
        <nav class="topbar-nav">
          <a href={CONVERSATION_LIST_PATH} onClick={(event) => followLink(event, CONVERSATION_LIST_PATH)}>
            Customer care
          </a>
        </nav>
        <span class="demo-badge" title="Local imitation for ReturnDesk tests; no real data">
          Demo
        </span>
      </header>
      {route(path)}
    </div>
  );
}
