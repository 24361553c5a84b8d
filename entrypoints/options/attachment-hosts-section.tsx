import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { grantedAttachmentHosts } from '@/utils/extension/extra-origins';
import { httpsOriginFrom, type Settings } from '@/utils/settings';
import type { SaveSettings } from './options-app';
import { OriginInput, OriginList } from './origin-list';
import { t } from '@/utils/i18n/translate';

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
        if (!removed) setError(t('hosts.kept', { origin }));
        return grantedAttachmentHosts().then(setGranted);
      },
      (caught: unknown) => setError(t('hosts.removeFailed', { origin, error: String(caught).slice(0, 200) })),
    );
  };
  const addListed = () => {
    const origin = httpsOriginFrom(typed);
    if (!origin) {
      setError(t('hosts.invalid'));
      return;
    }
    setError(null);
    setTyped('');
    void onSave({ ...settings, attachmentHosts: [...new Set([...settings.attachmentHosts, origin])] }, t('hosts.added', { origin }));
  };
  const removeListed = (origin: string) =>
    void onSave(
      { ...settings, attachmentHosts: settings.attachmentHosts.filter((listed) => listed !== origin) },
      t('hosts.unlisted', { origin }),
    );

  return (
    <section aria-labelledby="attachment-hosts-heading">
      <h2 id="attachment-hosts-heading">{t('hosts.title')}</h2>
      <p class="hint">{t('hosts.hint')}</p>
      <OriginList
        origins={granted}
        label={t('hosts.allowed')}
        removeLabel={t('common.remove')}
        onRemove={remove}
        empty={t('hosts.noneAllowed')}
      />
      <h3>{t('hosts.listedTitle')}</h3>
      <p class="hint">{t('hosts.listedHint')}</p>
      <OriginInput
        id="attachment-host"
        label={t('hosts.address')}
        placeholder="https://files.example.com"
        value={typed}
        onInput={setTyped}
        action={t('hosts.add')}
        onAction={addListed}
      />
      {error && <p class="errors">{error}</p>}
      <OriginList
        origins={settings.attachmentHosts}
        label={t('hosts.listed')}
        removeLabel={t('hosts.removeFromList')}
        onRemove={removeListed}
      />
    </section>
  );
}
