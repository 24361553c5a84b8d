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

  if (!settings) return <StatusMessage>Loading settings…</StatusMessage>;

  const save = async (next: Settings, text: string) => {
    try {
      await saveSettings(next);
      setSettings(next);
      setMessage({ tone: 'info', text });
    } catch (error) {
      setMessage({ tone: 'error', text: `Not saved: ${String(error)}` });
    }
  };

  return (
    <main class="options">
      <h1>ReturnDesk options</h1>
      {repaired.length > 0 && (
        <StatusMessage tone="warning">
          Some saved settings were invalid and have been reset to their defaults: {repaired.join(', ')}.
        </StatusMessage>
      )}
      {message && <StatusMessage tone={message.tone}>{message.text}</StatusMessage>}
      <TeamPolicySection />
      <TemplatesEditor />
      <MacrosEditor />
      <ShortcutsSection />
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
      <h2 id="retention-heading">Keeping case data</h2>
      <p class="hint">
        Conversations, photo checks and numbers read are kept on this computer only, and deleted after this many days
        without use. Templates, macros and settings are never deleted.
      </p>
      <div class="row">
        <label for="retention-days">Keep case data for (days)</label>
        <input id="retention-days" inputMode="numeric" value={days} onInput={(e) => setDays(e.currentTarget.value)} />
        <button
          type="button"
          disabled={!valid}
          onClick={() => void onSave({ ...settings, retentionDays: Number(days) }, 'Retention saved.')}
        >
          Save
        </button>
      </div>
      {!valid && <p class="errors">Enter a whole number of days from 1 to 3650.</p>}
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
    void onSave({ ...settings, selectorOverrides: parsed.value }, 'Selector overrides saved; open platform tabs re-read.');
  };
  return (
    <section aria-labelledby="selectors-heading">
      <h2 id="selectors-heading">Page selectors</h2>
      <p class="hint">
        If the platform changes its layout and the panel says a part could not be read, override the CSS selector for
        that part here, by site and part. The built-in selectors are listed below.
      </p>
      <label for="selector-json">Overrides (JSON)</label>
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
          Save overrides
        </button>
      </div>
      <details>
        <summary>Built-in selectors</summary>
        <pre>
          {JSON.stringify(Object.fromEntries(siteAdapters.map((a) => [a.id, a.defaultSelectors])), null, 2)}
        </pre>
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
      setError('Enter an https address, e.g. https://support.example.com');
      return;
    }
    setError(null);
    // permissions.request must run inside the click's user gesture: no await before it.
    void requestExtraOrigin(normalised).then(async (ok) => {
      if (!ok) {
        setError(`Permission for ${normalised} was not granted.`);
        return;
      }
      await onSave(
        { ...settings, extraOrigins: [...new Set([...settings.extraOrigins, normalised])] },
        `ReturnDesk now also runs on ${normalised}.`,
      );
      // Listed once saved: a granted origin is a site only when the settings name it (else an attachment host).
      setGranted(await grantedExtraOrigins());
    });
  };
  const revoke = (target: string) => {
    void browser.permissions.remove({ origins: [`${target}/*`] }).then(async () => {
      await onSave(
        { ...settings, extraOrigins: settings.extraOrigins.filter((o) => o !== target) },
        `Removed ${target}.`,
      );
      setGranted(await grantedExtraOrigins());
    });
  };
  return (
    <section aria-labelledby="origins-heading">
      <h2 id="origins-heading">Other sites</h2>
      <p class="hint">
        ReturnDesk runs only on Back Market's own sites. An admin can allow one more site (for example an internal
        support tool that shows the same conversations). The browser asks for confirmation.
      </p>
      <OriginInput
        id="extra-origin"
        label="Site address"
        placeholder="https://support.example.com"
        value={origin}
        onInput={setOrigin}
        action="Allow"
        onAction={grant}
      />
      {error && <p class="errors">{error}</p>}
      <OriginList origins={granted} removeLabel="Remove" onRemove={revoke} empty="No other sites allowed." />
    </section>
  );
}
