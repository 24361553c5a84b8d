import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { grantedAttachmentHosts } from '@/utils/extension/extra-origins';
import { httpsOriginFrom, type Settings } from '@/utils/settings';
import type { SaveSettings } from './options-app';
import { OriginInput, OriginList } from './origin-list';

/**
 * Attachment hosts: the ones the browser grants (allowed from the panel's "Allow <host>" buttons), each with
 * Remove, and the hosts an administrator vouches for (settings `attachmentHosts`), which the panel asks for in one
 * click and then fetches like the platform's own.
 */
export function AttachmentHostsSection({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const [granted, setGranted] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const refresh = () => void grantedAttachmentHosts().then(setGranted, () => setGranted([]));
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  const remove = (origin: string) => {
    void browser.permissions.remove({ origins: [`${origin}/*`] }).then(
      (removed) => {
        if (!removed) setError(`The browser kept access to ${origin} (it may be required by the extension itself).`);
        return grantedAttachmentHosts().then(setGranted);
      },
      (caught: unknown) => setError(`Could not remove ${origin}: ${String(caught).slice(0, 200)}`),
    );
  };
  const addListed = () => {
    const origin = httpsOriginFrom(typed);
    if (!origin) {
      setError('Enter an https address, e.g. https://files.example.com');
      return;
    }
    setError(null);
    setTyped('');
    void onSave(
      { ...settings, attachmentHosts: [...new Set([...settings.attachmentHosts, origin])] },
      `Attachments from ${origin} are fetched once the browser allows it (the panel asks).`,
    );
  };
  const removeListed = (origin: string) =>
    void onSave({ ...settings, attachmentHosts: settings.attachmentHosts.filter((listed) => listed !== origin) }, `${origin} is no longer listed.`);

  return (
    <section aria-labelledby="attachment-hosts-heading">
      <h2 id="attachment-hosts-heading">Attachment hosts</h2>
      <p class="hint">
        Customers' attachments may live on another host than the conversation (the platform's file storage). The
        panel fetches them only from hosts you allowed there ("Allow &lt;host&gt;"); the browser remembers them.
      </p>
      <OriginList origins={granted} label="Allowed attachment hosts" removeLabel="Remove" onRemove={remove} empty="No attachment hosts allowed." />
      <h3>Listed by an administrator</h3>
      <p class="hint">
        Hosts listed here are vouched for: the panel asks the browser for all of them in one click, then fetches
        their attachments without asking per host.
      </p>
      <OriginInput
        id="attachment-host"
        label="Host address"
        placeholder="https://files.example.com"
        value={typed}
        onInput={setTyped}
        action="Add"
        onAction={addListed}
      />
      {error && <p class="errors">{error}</p>}
      <OriginList
        origins={settings.attachmentHosts}
        label="Attachment hosts listed by an administrator"
        removeLabel="Remove from the list"
        onRemove={removeListed}
      />
    </section>
  );
}
