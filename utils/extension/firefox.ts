import { browser } from 'wxt/browser';

/** Firefox-only APIs that WXT's (Chrome-based) browser types do not declare. */
interface SidebarAction {
  open(): Promise<void>;
  close(): Promise<void>;
  toggle(): Promise<void>;
  isOpen(details: { windowId?: number }): Promise<boolean>;
}

export function firefoxSidebar(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}
