import { StatusMessage } from '@/components/status-message';
import { reloadTab, useFollowedConversation } from './use-followed-conversation';
import { ConversationPanel } from './conversation-panel';

export function App() {
  const state = useFollowedConversation();
  return (
    <main class="panel" aria-busy={state.kind === 'loading'}>
      <header class="panel__brand">
        <h1>ReturnDesk</h1>
      </header>
      <PanelBody state={state} />
    </main>
  );
}

function PanelBody({ state }: { state: ReturnType<typeof useFollowedConversation> }) {
  switch (state.kind) {
    case 'loading':
      return <StatusMessage>Reading the conversation…</StatusMessage>;
    case 'off-platform':
      return (
        <StatusMessage>
          <p>Open a conversation on Back Market to use ReturnDesk.</p>
          <p class="hint">
            In the seller back office, go to Customer care and open a care folder. The panel follows the tab you are
            on.
          </p>
        </StatusMessage>
      );
    case 'unreachable':
      return (
        <StatusMessage tone="warning">
          <p>ReturnDesk lost contact with this tab, usually because the extension was updated or reloaded.</p>
          <button type="button" onClick={() => void reloadTab(state.tabId)}>
            Reload the tab
          </button>
        </StatusMessage>
      );
    case 'read': {
      const { read } = state;
      if (read.status !== 'ok') {
        const tone = read.status === 'unreadable' ? 'error' : 'info';
        return (
          <StatusMessage tone={tone}>
            <p>{read.message}</p>
            {read.status === 'no-conversation' && <p>Open a conversation on Back Market to see it here.</p>}
          </StatusMessage>
        );
      }
      return (
        <>
          {state.saveError && <StatusMessage tone="warning">{state.saveError}</StatusMessage>}
          <ConversationPanel
            key={`${read.snapshot.platform}:${read.snapshot.folderId}`}
            snapshot={read.snapshot}
            tabId={state.tabId}
          />
        </>
      );
    }
  }
}
