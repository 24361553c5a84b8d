import { ReturnDeskDatabase } from '@/utils/db';

let database: ReturnDeskDatabase | undefined;

/** The panel's one connection to ReturnDesk's IndexedDB, opened on first use. */
export function panelDatabase(): ReturnDeskDatabase {
  return (database ??= new ReturnDeskDatabase());
}
