import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { StatusMessage } from '@/components/status-message';
import { loadSettings, saveSettings } from '@/utils/extension/settings-store';
import { grantedExtraOrigins, requestExtraOrigin } from '@/utils/extension/extra-origins';
import { parseSelectorOverrides } from '@/utils/sites/selector-overrides';
import { siteAdapters } from '@/utils/sites/registry';
import type { Settings } from '@/utils/settings';
import { TemplatesEditor } from './templates-editor';
import { MacrosEditor } from './macros-editor';
import { ShortcutsSection } from './shortcuts-section';
import { PrivacySection } from './privacy-section';

const isValidSelector = (selector: string) => {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
};

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repaired, setRepaired] = useState<string[]>([]);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void loadSettings().then((loaded) => {
      setSettings(loaded.settings);
      setRepaired(loaded.repaired);
    });
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
      <TemplatesEditor />
      <MacrosEditor />
      <ShortcutsSection />
      <RetentionSettings settings={settings} onSave={save} />
      <PrivacySection retentionDays={settings.retentionDays} />
      <SelectorOverrides settings={settings} onSave={save} />
      <ExtraOrigins settings={settings} onSave={save} />
    </main>
  );
}

type SaveSettings = (next: Settings, confirmation: string) => Promise<void>;

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
    let normalised: string;
    try {
      const url = new URL(origin.trim());
      if (url.protocol !== 'https:') throw new Error('only https origins');
      normalised = url.origin;
    } catch {
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
      setGranted(await grantedExtraOrigins());
      await onSave(
        { ...settings, extraOrigins: [...new Set([...settings.extraOrigins, normalised])] },
        `ReturnDesk now also runs on ${normalised}.`,
      );
    });
  };
  const revoke = (target: string) => {
    void browser.permissions.remove({ origins: [`${target}/*`] }).then(async () => {
      setGranted(await grantedExtraOrigins());
      await onSave(
        { ...settings, extraOrigins: settings.extraOrigins.filter((o) => o !== target) },
        `Removed ${target}.`,
      );
    });
  };
  return (
    <section aria-labelledby="origins-heading">
      <h2 id="origins-heading">Other sites</h2>
      <p class="hint">
        ReturnDesk runs only on Back Market's own sites. An admin can allow one more site (for example an internal
        support tool that shows the same conversations). The browser asks for confirmation.
      </p>
      <div class="row">
        <label for="extra-origin">Site address</label>
        <input
          id="extra-origin"
          placeholder="https://support.example.com"
          value={origin}
          onInput={(e) => setOrigin(e.currentTarget.value)}
        />
        <button type="button" onClick={grant}>
          Allow
        </button>
      </div>
      {error && <p class="errors">{error}</p>}
      {granted.length > 0 ? (
        <ul>
          {granted.map((item) => (
            <li key={item}>
              {item}{' '}
              <button type="button" onClick={() => revoke(item)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">No other sites allowed.</p>
      )}
    </section>
  );
}
