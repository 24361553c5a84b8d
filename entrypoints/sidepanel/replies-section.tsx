import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
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
import { waitingForPhotoCheck, type PhotoCheckProgress } from '@/utils/checklist/check-progress';
import { t, variableText } from '@/utils/i18n/translate';

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
  photoCheck,
  readValues = {},
}: {
  snapshot: ConversationSnapshot;
  tabId: number;
  /** The checklist once every photo is checked; null before. */
  photos: PhotoSetSummary | null;
  /** How far the photo check is: a reply drafted from it is refused until it finishes. */
  photoCheck?: PhotoCheckProgress;
  /** Facts read from the attachments (a valid IMEI, a DHL waybill): they fill replies without asking. */
  readValues?: TemplateValues;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [pending, setPending] = useState<Pending | null>(null);
  // One status line for the section; the next thing the agent does clears it.
  const [notice, setNotice] = useState<{ ok: boolean; message: string } | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const copyOnly = !snapshot.composerFound;
  const { library: fullLibrary, usage, setUsage, shadowed, policyProblem } = useTemplateLibrary();
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
    : rankTemplates(
        library,
        suggestions.map((suggestion) => suggestion.id),
        usage,
      );
  const listed = ids.map((id) => byId.get(id)).filter((template): template is LibraryTemplate => Boolean(template));

  const baseValues = (locale: TemplateLocale): TemplateValues =>
    caseTemplateValues({ snapshot, photoRequest: photos?.request ?? null, readValues, now: new Date(), locale });
  const highlighted = listed[Math.min(active, listed.length - 1)] ?? null;
  const highlightedBody = highlighted ? bodyInLanguage(highlighted, reply.language) : null;
  const preview = highlighted && highlightedBody ? previewText(highlightedBody.body, baseValues(highlightedBody.locale)) : null;

  /**
   * Into the composer; when the page has no reply box the panel can reach, onto the clipboard instead, saying why
   * (a reply box that appeared since the page was read is still used). The page refuses text prepared for another
   * conversation than the one it now shows.
   */
  const deliver = async (text: string): Promise<{ ok: boolean; message: string }> => {
    const inserted = await insertIntoComposer(tabId, text, caseRefOf(snapshot));
    if (inserted.ok || !copyOnly) return inserted;
    try {
      await navigator.clipboard.writeText(text);
      return { ok: true, message: t('replies.copiedInstead', { problem: inserted.message }) };
    } catch {
      return { ok: false, message: t('replies.notCopiedEither', { problem: inserted.message }) };
    }
  };

  const insert = async (template: TemplateDefinition, extra: Record<string, string>) => {
    setNotice(null);
    const chosen = bodyInLanguage(template, reply.language);
    const parsed = parseTemplate(chosen.body);
    if (!parsed.ok) {
      setNotice({ ok: false, message: t('replies.broken', { error: parsed.errors[0]?.message ?? '' }) });
      return;
    }
    const waiting = photoCheck ? waitingForPhotoCheck(parsed.variables, photoCheck) : null;
    if (waiting) {
      setNotice({ ok: false, message: t('replies.notYet', { reason: waiting }) });
      return;
    }
    const rendered = renderNodes(parsed.nodes, { ...baseValues(chosen.locale), ...extra });
    if (rendered.missing.length > 0) {
      setPending({
        template,
        missing: rendered.missing,
        values: Object.fromEntries(rendered.missing.map((name) => [name, extra[name] ?? ''])),
      });
      return;
    }
    const hadForm = pending !== null;
    setPending(null);
    const result = await deliver(rendered.text);
    setNotice(chosen.fallback && result.ok ? { ...result, message: `${result.message} (${chosen.fallback})` } : result);
    // Back to the search for the next reply (the form that had the focus is gone).
    if (hadForm || document.activeElement === document.body) searchBox.current?.focus();
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
    else if (event.key === 'Enter' && highlighted) void insert(highlighted, {});
    else if (event.key === 'Escape' && query) {
      setQuery('');
      setActive(0);
    } else return;
    event.preventDefault();
  };

  return (
    <div class="replies">
      <ReplyLanguageSwitch {...reply} onChange={reply.setOverride} />
      <label for="template-search" class="visually-hidden">
        {t('replies.searchLabel')}
      </label>
      <div class="replies__search">
        <input
          id="template-search"
          ref={searchBox}
          type="text"
          role="combobox"
          aria-expanded={listed.length > 0}
          aria-autocomplete="list"
          autoComplete="off"
          // Queries are fragments of titles ("dhlpk"), and spell-checking them would make Chromium fetch a dictionary.
          spellcheck={false}
          placeholder={copyOnly ? t('replies.searchCopies') : t('replies.searchInserts')}
          value={query}
          aria-controls={listed.length > 0 ? 'template-list' : undefined}
          aria-activedescendant={highlighted ? `template-${highlighted.id}` : undefined}
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setActive(0);
            setNotice(null);
          }}
          onKeyDown={(event) => onSearchKey(event)}
        />
      </div>
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
      <StatusMessage tone={notice?.ok === false ? 'warning' : 'info'}>{notice?.message}</StatusMessage>
      {highlighted && preview !== null && (
        <div class="template-preview" aria-label={t('replies.preview', { title: highlighted.title })} role="region">
          <p class="template-preview__text">{preview}</p>
          <div class="row">
            <button type="button" onClick={() => void insert(highlighted, {})}>
              {copyOnly ? t('common.copy') : t('common.insert')}
            </button>
            <span class="hint">{copyOnly ? t('replies.copiesHint') : t('replies.enterHint')}</span>
          </div>
        </div>
      )}
      {shadowed.length > 0 && (
        <p class="hint team-shadowed">{t('replies.teamShadowed', { list: shadowed.map((entry) => entry.message).join('; ') })}</p>
      )}
      {policyProblem && <p class="hint team-problem">{t('replies.teamPolicyProblem')}</p>}
      {listed.length === 0 && <p class="hint">{t('replies.noMatch', { query })}</p>}
      <ul id="template-list" role="listbox" aria-label={t('view.replies')} class="template-list" hidden={listed.length === 0}>
        {listed.map((template, position) => (
          <li
            key={template.id}
            id={`template-${template.id}`}
            role="option"
            aria-selected={template === highlighted}
            class={template === highlighted ? 'template is-active' : 'template'}
            onMouseMove={() => position !== active && setActive(position)}
            onClick={() => void insert(template, {})}
          >
            <span class="template__title">{template.title}</span>
            {template.source === 'team' && (
              <span class="template__team" title={t('replies.teamReadOnly')}>
                {t('templates.team')}
              </span>
            )}
            {bodyInLanguage(template, reply.language).fallback && (
              <span class="template__fallback hint">{bodyInLanguage(template, reply.language).fallback}</span>
            )}
            {suggestionReason.has(template.id) && !query && (
              <span class="template__reason hint">{t('replies.suggested', { reason: suggestionReason.get(template.id) ?? '' })}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The reply as it would go out, with [Label] where the agent will be asked for a value. */
/** The reply as it would go in, in the case's language; a fact still to be asked for shows as its label. */
function previewText(body: string, values: TemplateValues): string | null {
  const parsed = parseTemplate(body);
  if (!parsed.ok) return null;
  const first = renderNodes(parsed.nodes, values);
  if (first.missing.length === 0) return first.text;
  const asked = Object.fromEntries(
    first.missing.map((name) => [name, `[${variableText(name, 'label', templateVariable(name)?.label ?? name)}]`]),
  );
  return renderNodes(parsed.nodes, { ...values, ...asked }).text;
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
  const form = useRef<HTMLFormElement>(null);
  // The form takes the focus when it opens, so what the agent types next is the value, not a new search.
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input')?.focus(), [pending.template.id]);
  const errors = Object.fromEntries(
    pending.missing.map((name) => {
      const value = values[name]?.trim() ?? '';
      if (!value) return [name, t('replies.required')];
      return [name, templateVariable(name)?.validate?.(value) ?? null];
    }),
  );
  const valid = Object.values(errors).every((error) => error === null);
  return (
    <form
      ref={form}
      class="fill-in"
      aria-label={t('replies.fillIn', { title: pending.template.title })}
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onSubmit(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()])));
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <p>
        <strong>{pending.template.title}</strong> {t('replies.needs')}
      </p>
      {pending.missing.map((name) => {
        const variable = templateVariable(name);
        const id = `fill-${name}`;
        return (
          <div class="fill-in__field" key={name}>
            <label for={id}>{variableText(name, 'label', variable?.label ?? name)}</label>
            <input
              id={id}
              spellcheck={false}
              value={values[name] ?? ''}
              placeholder={variableText(name, 'placeholder', variable?.placeholder ?? '')}
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
          {t('common.insert')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
