import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { StatusMessage } from '@/components/status-message';
import { loadSettings, saveSettings, watchSettings } from '@/utils/extension/settings-store';
import { isValidSelector } from '@/utils/sites/teach/derive-selector';
import { grantedExtraOrigins, requestExtraOrigin } from '@/utils/extension/extra-origins';
import { parseSelectorOverrides } from '@/utils/sites/selector-overrides';
import { siteAdapters } from '@/utils/sites/registry';
import { httpsOriginFrom, type Settings } from '@/utils/settings';
import { TemplatesEditor } from './templates-editor';
import { MacrosEditor } from './macros-editor';
import { ShortcutsSection } from './shortcuts-section';
import { PrivacySection } from './privacy-section';
import { TaughtSelectorsSection } from './taught-selectors-section';
import { AttachmentHostsSection } from './attachment-hosts-section';
import { OriginInput, OriginList } from './origin-list';
import { ReplyLanguageSetting } from './reply-language-setting';
import { TeamPolicySection } from './team-policy-section';
import { InterfaceLanguageSetting } from './interface-language-setting';
import { t } from '@/utils/i18n/translate';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repaired, setRepaired] = useState<string[]>([]);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void loadSettings().then((loaded) => {
      setSettings(loaded.settings);
      setRepaired(loaded.repaired);
    });
    // The panel saves taught parts and a template import may bring some: show them without a reload, and never
    // save this page's older copy over them.
    return watchSettings((changed) => setSettings(changed.settings));
  }, []);

  if (!settings) return <StatusMessage>{t('options.loading')}</StatusMessage>;

  const save = async (next: Settings, text: string) => {
    try {
      await saveSettings(next);
      setSettings(next);
      setMessage({ tone: 'info', text });
    } catch (error) {
      setMessage({ tone: 'error', text: t('options.notSaved', { error: String(error) }) });
    }
  };

  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      {repaired.length > 0 && <StatusMessage tone="warning">{t('options.repaired', { fields: repaired.join(', ') })}</StatusMessage>}
      {message && <StatusMessage tone={message.tone}>{message.text}</StatusMessage>}
      <TeamPolicySection />
      <TemplatesEditor />
      <MacrosEditor />
      <ShortcutsSection />
      <InterfaceLanguageSetting settings={settings} onSave={save} />
      <ReplyLanguageSetting settings={settings} onSave={save} />
      <RetentionSettings settings={settings} onSave={save} />
      <PrivacySection retentionDays={settings.retentionDays} />
      <SelectorOverrides settings={settings} onSave={save} />
      <TaughtSelectorsSection settings={settings} onSave={save} />
      <ExtraOrigins settings={settings} onSave={save} />
      <AttachmentHostsSection settings={settings} onSave={save} />
    </main>
  );
}

export type SaveSettings = (next: Settings, confirmation: string) => Promise<void>;

function RetentionSettings({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const [days, setDays] = useState(String(settings.retentionDays));
  const valid = /^\d+$/.test(days) && Number(days) >= 1 && Number(days) <= 3650;
  return (
    <section aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t('options.retention.title')}</h2>
      <p class="hint">{t('options.retention.hint')}</p>
      <div class="row">
        <label for="retention-days">{t('options.retention.label')}</label>
        <input id="retention-days" inputMode="numeric" value={days} onInput={(e) => setDays(e.currentTarget.value)} />
        <button
          type="button"
          disabled={!valid}
          onClick={() => void onSave({ ...settings, retentionDays: Number(days) }, t('options.retention.saved'))}
        >
          {t('common.save')}
        </button>
      </div>
      {!valid && <p class="errors">{t('options.retention.invalid')}</p>}
    </section>
  );
}

function SelectorOverrides({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const [text, setText] = useState(JSON.stringify(settings.selectorOverrides, null, 2));
  const [errors, setErrors] = useState<string[]>([]);
  const apply = () => {
    const parsed = parseSelectorOverrides(text, isValidSelector);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors([]);
    void onSave({ ...settings, selectorOverrides: parsed.value }, t('options.selectors.saved'));
  };
  return (
    <section aria-labelledby="selectors-heading">
      <h2 id="selectors-heading">{t('options.selectors.title')}</h2>
      <p class="hint">{t('options.selectors.hint')}</p>
      <label for="selector-json">{t('options.selectors.label')}</label>
      <textarea id="selector-json" spellcheck={false} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      {errors.length > 0 && (
        <div role="alert">
          <ul class="errors">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="row">
        <button type="button" onClick={apply}>
          {t('options.selectors.save')}
        </button>
      </div>
      <details>
        <summary>{t('options.selectors.builtIn')}</summary>
        <pre>{JSON.stringify(Object.fromEntries(siteAdapters.map((a) => [a.id, a.defaultSelectors])), null, 2)}</pre>
      </details>
    </section>
  );
}

function ExtraOrigins({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const [origin, setOrigin] = useState('');
  const [granted, setGranted] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void grantedExtraOrigins().then(setGranted);
  }, []);

  const grant = () => {
    const normalised = httpsOriginFrom(origin);
    if (!normalised) {
      setError(t('options.origins.invalid'));
      return;
    }
    setError(null);
    // permissions.request must run inside the click's user gesture: no await before it.
    void requestExtraOrigin(normalised).then(async (ok) => {
      if (!ok) {
        setError(t('options.origins.refused', { origin: normalised }));
        return;
      }
      await onSave(
        { ...settings, extraOrigins: [...new Set([...settings.extraOrigins, normalised])] },
        t('options.origins.added', { origin: normalised }),
      );
      // Listed once saved: a granted origin is a site only when the settings name it (else an attachment host).
      setGranted(await grantedExtraOrigins());
    });
  };
  const revoke = (target: string) => {
    void browser.permissions.remove({ origins: [`${target}/*`] }).then(async () => {
      await onSave(
        { ...settings, extraOrigins: settings.extraOrigins.filter((o) => o !== target) },
        t('options.origins.removed', { origin: target }),
      );
      setGranted(await grantedExtraOrigins());
    });
  };
  return (
    <section aria-labelledby="origins-heading">
      <h2 id="origins-heading">{t('options.origins.title')}</h2>
      <p class="hint">{t('options.origins.hint')}</p>
      <OriginInput
        id="extra-origin"
        label={t('options.origins.label')}
        placeholder="https://support.example.com"
        value={origin}
        onInput={setOrigin}
        action={t('common.allow')}
        onAction={grant}
      />
      {error && <p class="errors">{error}</p>}
      <OriginList origins={granted} removeLabel={t('common.remove')} onRemove={revoke} empty={t('options.origins.none')} />
    </section>
  );
}
