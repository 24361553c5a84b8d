import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { grantedAttachmentHosts } from '@/utils/extension/extra-origins';
import { httpsOriginFrom, type Settings } from '@/utils/settings';
import type { SaveSettings } from './options-app';

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
      {granted.length > 0 ? (
        <ul aria-label="Allowed attachment hosts">
          {granted.map((origin) => (
            <li key={origin}>
              {origin}{' '}
              <button type="button" onClick={() => remove(origin)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">No attachment hosts allowed.</p>
      )}
      <h3>Listed by an administrator</h3>
      <p class="hint">
        Hosts listed here are vouched for: the panel asks the browser for all of them in one click, then fetches
        their attachments without asking per host.
      </p>
      <div class="row">
        <label for="attachment-host">Host address</label>
        <input
          id="attachment-host"
          placeholder="https://files.example.com"
          value={typed}
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
        <button type="button" onClick={addListed}>
          Add
        </button>
      </div>
      {error && <p class="errors">{error}</p>}
      {settings.attachmentHosts.length > 0 && (
        <ul aria-label="Attachment hosts listed by an administrator">
          {settings.attachmentHosts.map((origin) => (
            <li key={origin}>
              {origin}{' '}
              <button type="button" onClick={() => removeListed(origin)}>
                Remove from the list
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
