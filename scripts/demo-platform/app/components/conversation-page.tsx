import { useCallback, useEffect, useState } from 'preact/hooks';
import { api, conversationPaths } from '../api';
import { buybackThreadView, careFolderView, type ConversationView as View } from '../../data/view';
import { ConversationView } from './conversation-view';

async function loadView(kind: 'care' | 'buyback', id: string): Promise<View> {
  const catalog = await api.catalog();
  if (kind === 'care') return careFolderView(await api.careFolder(id), catalog);
  const [order, messages] = await Promise.all([api.buybackOrder(id), api.buybackMessages(id)]);
  return buybackThreadView({ order, messages: messages.results }, catalog);
}

/** Loads one conversation, renders it, posts replies. Keyed by conversation, so nothing leaks between folders. */
export function ConversationPage({ kind, id }: { kind: 'care' | 'buyback'; id: string }) {
  const [view, setView] = useState<View | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [nextPath, setNextPath] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    loadView(kind, id)
      .then((loaded) => {
        if (!cancelled) setView(loaded);
      })
      .catch((reason: unknown) => {
        if (!cancelled) setError(reason instanceof Error ? reason.message : String(reason));
      });
    conversationPaths()
      .then((paths) => {
        const here = paths.findIndex((path) => path.endsWith(`/${encodeURIComponent(id)}`));
        if (!cancelled && paths.length > 1) setNextPath(paths[(here + 1) % paths.length] ?? null);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [kind, id]);

  const send = useCallback(
    async (message: string) => {
      if (kind === 'care') await api.postCareMessage(id, message);
      else await api.postBuybackMessage(id, message);
      setView(await loadView(kind, id));
    },
    [kind, id],
  );

  if (error) {
    return (
      <main class="page-message" data-qa="conversation-error">
        <h1>Conversation not available</h1>
        <p>{error}</p>
      </main>
    );
  }
  if (!view) {
    return (
      <main class="page-message" data-qa="conversation-loading" aria-busy="true">
        <p class="loading">Loading conversation…</p>
      </main>
    );
  }
  return <ConversationView view={view} nextPath={nextPath} onSend={send} />;
}
