import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AttachmentHostsSection } from '@/entrypoints/options/attachment-hosts-section';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { button, click, field, mount, textOf, type, unmount, until } from './dom';

let container: HTMLElement | undefined;

/** fakeBrowser's permissions do not hold grants: a stand-in that does, with the manifest's own host permission. */
function stubPermissions(granted: string[]) {
  let origins = [...granted];
  const listeners = { onAdded: new Set<() => void>(), onRemoved: new Set<() => void>() };
  const event = (set: Set<() => void>) => ({
    addListener: (f: () => void) => set.add(f),
    removeListener: (f: () => void) => set.delete(f),
  });
  const permissions = {
    getAll: vi.fn(async () => ({ origins: [...origins], permissions: [] })),
    remove: vi.fn(async ({ origins: removed = [] }: { origins?: string[] }) => {
      origins = origins.filter((origin) => !removed.includes(origin));
      for (const listener of listeners.onRemoved) listener();
      return true;
    }),
    onAdded: event(listeners.onAdded),
    onRemoved: event(listeners.onRemoved),
  };
  Object.assign(fakeBrowser, { permissions });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ host_permissions: ['https://www.backmarket.fr/*'] } as never);
  return permissions;
}

async function open(settings: Partial<Settings>, granted: string[]) {
  const saved: Settings = { ...structuredClone(DEFAULT_SETTINGS), ...settings };
  await fakeBrowser.storage.local.set({ settings: saved });
  const permissions = stubPermissions(granted);
  const onSave = vi.fn(async (_next: Settings, _confirmation: string) => undefined);
  container = mount(<AttachmentHostsSection settings={saved} onSave={onSave} />);
  return { permissions, onSave, container };
}

afterEach(() => {
  if (container) unmount(container);
  container = undefined;
  fakeBrowser.reset();
});

describe('options: attachment hosts', () => {
  it('lists the hosts allowed from the panel (not the platform, not an allowed site) and removes one', async () => {
    const { permissions } = await open({ extraOrigins: ['https://support.example.com'] }, [
      'https://www.backmarket.fr/*',
      'https://support.example.com/*',
      'https://cdn.example.com/*',
    ]);
    const list = () => textOf(container!.querySelector('[aria-label="Allowed attachment hosts"]') ?? container!);
    await until(() => expect(list()).toContain('https://cdn.example.com'));
    expect(list()).not.toContain('backmarket');
    expect(list()).not.toContain('support.example.com');

    await click(button(container!, 'Remove'));
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['https://cdn.example.com/*'] });
    await until(() => expect(textOf(container!)).toContain('No attachment hosts allowed.'));
  });

  it('adds an administrator’s https host to the settings, and refuses anything else', async () => {
    const { onSave } = await open({}, ['https://www.backmarket.fr/*']);
    await type(field(container!, 'Host address'), 'http://files.example.com');
    await click(button(container!, 'Add'));
    expect(textOf(container!)).toContain('Enter an https address');
    expect(onSave).not.toHaveBeenCalled();

    await type(field(container!, 'Host address'), 'https://files.example.com/some/path');
    await click(button(container!, 'Add'));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ attachmentHosts: ['https://files.example.com'] }), expect.any(String));
  });
});
