import { StatusMessage } from '@/components/status-message';
import { reloadTab, useFollowedConversation } from './use-followed-conversation';
import { ConversationPanel } from './conversation-panel';
import { t } from '@/utils/i18n/translate';

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
      return <StatusMessage>{t('app.reading')}</StatusMessage>;
    case 'off-platform':
      return (
        <StatusMessage>
          <p>{t('app.offPlatform')}</p>
          <p class="hint">{t('app.offPlatformHint')}</p>
        </StatusMessage>
      );
    case 'unreachable':
      return (
        <StatusMessage tone="warning">
          <p>{t('app.unreachable')}</p>
          <button type="button" onClick={() => void reloadTab(state.tabId)}>
            {t('app.reloadTab')}
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
            {read.status === 'no-conversation' && <p>{t('app.noConversation')}</p>}
          </StatusMessage>
        );
      }
      return (
        <>
          {state.saveError && <StatusMessage tone="warning">{state.saveError}</StatusMessage>}
          <ConversationPanel key={`${read.snapshot.platform}:${read.snapshot.folderId}`} snapshot={read.snapshot} tabId={state.tabId} />
        </>
      );
    }
  }
}
