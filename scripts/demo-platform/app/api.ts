import type { BuybackMessage, BuybackOrder, CareFolder, CareFolderList, Catalog } from '../data/types';
import { buybackPath, carePath } from '../data/view';

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function postJson(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
}

interface Paginated<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export const api = {
  careFolders: () => getJson<CareFolderList>('/ws/sav'),
  careFolder: (id: string) => getJson<CareFolder>(`/ws/sav/${encodeURIComponent(id)}`),
  postCareMessage: (id: string, message: string) => postJson(`/ws/sav/${encodeURIComponent(id)}/msg`, { message }),
  buybackOrders: () => getJson<Paginated<BuybackOrder>>('/ws/buyback/v1/orders'),
  buybackOrder: (id: string) => getJson<BuybackOrder>(`/ws/buyback/v1/orders/${encodeURIComponent(id)}`),
  buybackMessages: (id: string) => getJson<Paginated<BuybackMessage>>(`/ws/buyback/v1/orders/${encodeURIComponent(id)}/messages`),
  postBuybackMessage: (id: string, message: string) =>
    postJson(`/ws/buyback/v1/orders/${encodeURIComponent(id)}/messages`, { message, files: [] }),
  catalog: () => getJson<Catalog>('/demo-api/catalog'),
};

/** Every conversation page, in list order: care folders first, then trade-in threads. */
export async function conversationPaths(): Promise<string[]> {
  const [folders, orders] = await Promise.all([api.careFolders(), api.buybackOrders()]);
  return [
    ...(folders.results ?? []).flatMap((folder) => (folder.id === undefined ? [] : [carePath(folder.id)])),
    ...orders.results.map((order) => buybackPath(order.orderPublicId)),
  ];
}
