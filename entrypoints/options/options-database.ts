import { ReturnDeskDatabase } from '@/utils/db';

let database: ReturnDeskDatabase | undefined;

/** The options page's one Dexie connection, opened on first use (never at import: WXT imports entrypoints in Node). */
export const optionsDatabase = () => (database ??= new ReturnDeskDatabase());
