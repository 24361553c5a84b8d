import { useMemo, useRef, useState } from 'preact/hooks';
import { useTemplateLibrary } from './use-template-library';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import type { PhotoSetSummary } from '@/utils/checklist/photo-set';
import type { TemplateDefinition, TemplateLocale } from '@/utils/templates/define';
import { bodyInLanguage, offeredForCase } from '@/utils/templates/locale';
import { ReplyLanguageSwitch } from '@/components/reply-language-switch';
import { useReplyLanguage } from './use-reply-language';
import { parseTemplate, renderNodes, type TemplateValues } from '@/utils/templates/render';
import { caseTemplateValues } from '@/utils/templates/case-render';
import { templateVariable } from '@/utils/templates/variables';
import { suggestTemplates } from '@/utils/templates/suggest';
import { buildTemplateIndex, searchTemplates } from '@/utils/templates/search';
import { rankTemplates, type LibraryTemplate } from '@/utils/templates/library';
import { announceLibraryChange } from '@/utils/templates/library-store';
import { recordTemplateUse } from '@/utils/templates/usage';
import { panelDatabase } from './database';
import { StatusMessage } from '@/components/status-message';
import { insertIntoComposer } from './insert-into-composer';
import { caseRefOf } from '@/utils/sites/case-ref';

interface Pending {
  template: TemplateDefinition;
  missing: string[];
  values: Record<string, string>;
}

/**
 * Reply templates for this conversation: suggested ones first (with why), fuzzy search as you type, Enter inserts
 * the highlighted one. A variable the case cannot fill opens a small form, validated, so no reply is ever
 * inserted with a raw {{…}} in it.
 */
export function RepliesSection({
  snapshot,
  tabId,
  photos,
  readValues = {},
}: {
  snapshot: ConversationSnapshot;
  tabId: number;
  photos: PhotoSetSummary | null;
  /** Facts read from the attachments (a valid IMEI, a DHL waybill): they fill replies without asking. */
  readValues?: TemplateValues;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; message: string } | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const { library: fullLibrary, usage, setUsage } = useTemplateLibrary();
  // Replies follow the case's language (per-case switch above the list); DPD UK is offered in UK cases only.
  const reply = useReplyLanguage(snapshot);
  const library = useMemo(
    () => fullLibrary.filter((template) => offeredForCase(template, snapshot.country, snapshot.url)),
    [fullLibrary, snapshot.country, snapshot.url],
  );
  const index = useMemo(
    () => buildTemplateIndex(library.map((template) => ({ ...template, body: bodyInLanguage(template, reply.language).body }))),
    [library, reply.language.locale, reply.language.written],
  );
  const byId = useMemo(() => new Map(library.map((template) => [template.id, template])), [library]);

  const suggestions = useMemo(
    () =>
      suggestTemplates({
        ...snapshot,
        shotsNeeded: photos ? photos.request.items.length : null,
      }),
    [snapshot, photos],
  );
  const suggestionReason = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion.reason]));
  const ids = query.trim()
    ? searchTemplates(index, query, 30)
    : rankTemplates(library, suggestions.map((suggestion) => suggestion.id), usage);
  const listed = ids.map((id) => byId.get(id)).filter((template): template is LibraryTemplate => Boolean(template));

  const baseValues = (locale: TemplateLocale): TemplateValues =>
    caseTemplateValues({ snapshot, photoRequest: photos?.request ?? null, readValues, now: new Date(), locale });

  const insert = async (template: TemplateDefinition, extra: Record<string, string>) => {
    const chosen = bodyInLanguage(template, reply.language);
    const parsed = parseTemplate(chosen.body);
    if (!parsed.ok) {
      setNotice({ ok: false, message: `This template is broken: ${parsed.errors[0]?.message}` });
      return;
    }
    const rendered = renderNodes(parsed.nodes, { ...baseValues(chosen.locale), ...extra });
    if (rendered.missing.length > 0) {
      setPending({ template, missing: rendered.missing, values: Object.fromEntries(rendered.missing.map((name) => [name, extra[name] ?? ''])) });
      return;
    }
    setPending(null);
    const result = await insertIntoComposer(tabId, rendered.text, caseRefOf(snapshot));
    setNotice(chosen.fallback && result.ok ? { ...result, message: `${result.message} (${chosen.fallback})` } : result);
    if (result.ok) {
      const used = await recordTemplateUse(panelDatabase(), template.id).catch(() => null);
      if (used) {
        setUsage((current) => new Map(current).set(used.id, used));
        announceLibraryChange();
      }
    }
  };

  const onSearchKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((current) => Math.min(current + 1, listed.length - 1));
    else if (event.key === 'ArrowUp') setActive((current) => Math.max(current - 1, 0));
    else if (event.key === 'Enter' && listed[active]) void insert(listed[active], {});
    else return;
    event.preventDefault();
  };

  return (
    <div class="replies">
      <ReplyLanguageSwitch {...reply} onChange={reply.setOverride} />
      <label for="template-search" class="visually-hidden">
        Search replies
      </label>
      <input
        id="template-search"
        ref={searchBox}
        type="search"
        // Queries are fragments of titles ("dhlpk"), and spell-checking them would make Chromium fetch a dictionary.
        spellcheck={false}
        placeholder="Search replies (↑↓ to choose, Enter to insert)"
        value={query}
        aria-controls="template-list"
        aria-activedescendant={listed[active] ? `template-${listed[active].id}` : undefined}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(event) => onSearchKey(event as unknown as KeyboardEvent)}
      />
      {pending && (
        <FillInForm
          pending={pending}
          onCancel={() => {
            setPending(null);
            searchBox.current?.focus();
          }}
          onSubmit={(values) => void insert(pending.template, values)}
        />
      )}
      {notice && <StatusMessage tone={notice.ok ? 'info' : 'warning'}>{notice.message}</StatusMessage>}
      <ul id="template-list" role="listbox" aria-label="Replies" class="template-list">
        {listed.length === 0 && <li class="hint">No reply matches "{query}".</li>}
        {listed.map((template, position) => (
          <li
            key={template.id}
            id={`template-${template.id}`}
            role="option"
            aria-selected={position === active}
            class={position === active ? 'template is-active' : 'template'}
            onClick={() => void insert(template, {})}
          >
            <span class="template__title">{template.title}</span>
            {bodyInLanguage(template, reply.language).fallback && (
              <span class="template__fallback hint">{bodyInLanguage(template, reply.language).fallback}</span>
            )}
            {suggestionReason.has(template.id) && !query && (
              <span class="template__reason hint">Suggested: {suggestionReason.get(template.id)}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function FillInForm({
  pending,
  onCancel,
  onSubmit,
}: {
  pending: Pending;
  onCancel: () => void;
  onSubmit: (values: Record<string, string>) => void;
}) {
  const [values, setValues] = useState(pending.values);
  const errors = Object.fromEntries(
    pending.missing.map((name) => {
      const value = values[name]?.trim() ?? '';
      if (!value) return [name, 'Required'];
      return [name, templateVariable(name)?.validate?.(value) ?? null];
    }),
  );
  const valid = Object.values(errors).every((error) => error === null);
  return (
    <form
      class="fill-in"
      aria-label={`Fill in: ${pending.template.title}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onSubmit(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()])));
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <p>
        <strong>{pending.template.title}</strong> needs:
      </p>
      {pending.missing.map((name, position) => {
        const variable = templateVariable(name);
        const id = `fill-${name}`;
        return (
          <div class="fill-in__field" key={name}>
            <label for={id}>{variable?.label ?? name}</label>
            <input
              id={id}
              autoFocus={position === 0}
              spellcheck={false}
              value={values[name] ?? ''}
              placeholder={typeof variable?.example === 'string' ? variable.example : ''}
              aria-invalid={errors[name] !== null && (values[name] ?? '') !== ''}
              aria-describedby={`${id}-error`}
              onInput={(event) => setValues({ ...values, [name]: event.currentTarget.value })}
            />
            <span id={`${id}-error`} class="fill-in__error">
              {(values[name] ?? '') !== '' ? errors[name] : ''}
            </span>
          </div>
        );
      })}
      <div class="row">
        <button type="submit" disabled={!valid}>
          Insert
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
