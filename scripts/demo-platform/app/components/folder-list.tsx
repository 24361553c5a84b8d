import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { followLink } from '../router';
import { buybackThreadView, careFolderView, type ConversationView } from '../../data/view';

function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** The care inbox: every folder (fetched one by one, as the list endpoint carries ids only) and the trade-in threads. */
export function FolderList() {
  const [rows, setRows] = useState<ConversationView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const [list, orders, catalog] = await Promise.all([api.careFolders(), api.buybackOrders(), api.catalog()]);
      const folders = await Promise.all((list.results ?? []).map((entry) => api.careFolder(String(entry.id))));
      const threads = await Promise.all(
        orders.results.map(async (order) => ({ order, messages: (await api.buybackMessages(order.orderPublicId)).results })),
      );
      if (!cancelled) {
        setRows([
          ...folders.map((folder) => careFolderView(folder, catalog)),
          ...threads.map((thread) => buybackThreadView(thread, catalog)),
        ]);
      }
    })().catch((reason: unknown) => {
      if (!cancelled) setError(reason instanceof Error ? reason.message : String(reason));
    });
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <main class="inbox" data-qa="folder-list-page">
      <h1>Customer care</h1>
      {error && <p class="error">Could not load the conversations: {error}</p>}
      {!rows && !error && <p class="loading">Loading conversations…</p>}
      {rows && (
        <table class="inbox-table" data-qa="folder-list">
          <thead>
            <tr>
              <th>Conversation</th>
              <th>Customer</th>
              <th>Product</th>
              <th>Country</th>
              <th>Last message</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.path} data-qa="folder-list-item" data-folder-id={row.id}>
                <td>
                  <a href={row.path} onClick={(event) => followLink(event, row.path)}>
                    {row.kind === 'care' ? `Care folder ${row.id}` : `Trade-in ${row.id}`}
                  </a>
                </td>
                <td>
                  {row.customerFirstName} {row.customerLastName}
                </td>
                <td>{row.productTitle}</td>
                <td>{row.countryName}</td>
                <td>{formatDay(row.messages.at(-1)?.date)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
