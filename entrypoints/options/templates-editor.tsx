import { useEffect, useMemo, useState } from 'preact/hooks';
import { StatusMessage } from '@/components/status-message';
import { caseRecordSchema, type ReturnDeskDatabase } from '@/utils/db';
import { optionsDatabase } from './options-database';
import { TEMPLATE_LOCALES, type TemplateLocale } from '@/utils/templates/define';
import { parseTemplate, renderNodes, type TemplateValues } from '@/utils/templates/render';
import { caseValues } from '@/utils/templates/case-values';
import { derivedValues, TEMPLATE_VARIABLES } from '@/utils/templates/variables';
import { contentOfDraft, draftAbbreviationErrors, type TemplateDraft as Draft } from '@/utils/templates/template-draft';
import { buildTemplateIndex, searchTemplates } from '@/utils/templates/search';
import {
  bodyProblems,
  checkTemplateContent,
  contentOf,
  duplicateTemplate,
  freeTemplateId,
  libraryFolders,
  type LibraryTemplate,
  type TemplateUsage,
  localeVariableGaps,
} from '@/utils/templates/library';
import {
  addUserTemplate,
  announceLibraryChange,
  deleteTemplate,
  loadStoredLibrary,
  restoreBuiltin,
  saveTemplate,
  TemplateRejected,
  watchLibraryChanges,
} from '@/utils/templates/library-store';
import { describeUsage, loadTemplateUsage } from '@/utils/templates/usage';
import {
  applyImport,
  describeImportError,
  exportTemplates,
  importTaughtSelectors,
  MAX_IMPORT_BYTES,
  parseTemplateFile,
  planImport,
  serializeTemplateFile,
  type TemplateFile,
} from '@/utils/templates/import-export';
import { t, variableText } from '@/utils/i18n/translate';
import { announceMacroChange, loadStoredMacros } from '@/utils/macros/store';
import { loadSettings, saveSettings } from '@/utils/extension/settings-store';
import { loadLayeredTemplates } from '@/utils/extension/layered-library';
import { loadTeamPolicy, watchTeamPolicy } from '@/utils/extension/team-policy';
import { ownTemplatesAllowed, ownTemplatesRefused } from '@/utils/policy/own-templates';
import './templates-editor.css';

/** Everything a template file carries: the agent's templates and built-in changes, and their macros. */
async function loadTransferable(db: ReturnDeskDatabase) {
  const { settings } = await loadSettings();
  return { ...(await loadStoredLibrary(db)), ...(await loadStoredMacros(db)), taughtSelectors: settings.taughtSelectors };
}

const LOCALE_NAMES: Record<TemplateLocale, string> = {
  'en-gb': 'British English',
  'en-us': 'American English',
  'fr-fr': 'French',
  'de-de': 'German',
  'es-es': 'Spanish',
  'it-it': 'Italian',
};

const exampleValues: TemplateValues = Object.fromEntries(TEMPLATE_VARIABLES.map((variable) => [variable.name, variable.example]));

interface PreviewSource {
  label: string;
  values: TemplateValues;
}

/** The most recent case the panel saw, else the variables' examples; a gap in the case is filled by its example. */
async function loadPreviewSource(db: ReturnDeskDatabase): Promise<PreviewSource> {
  const latest = caseRecordSchema.safeParse(await db.cases.orderBy('updatedAt').last());
  if (!latest.success) return { label: t('templates.previewExamplesNoCase'), values: exampleValues };
  const { snapshot } = latest.data;
  const locale = snapshot.country === 'en-gb' ? 'en-GB' : 'en-US';
  const fromCase = { ...caseValues(snapshot), ...derivedValues(snapshot.product, locale, new Date()) };
  const present = Object.fromEntries(Object.entries(fromCase).filter(([, value]) => value !== null && value !== undefined && value !== ''));
  const name = [snapshot.customer.firstName, snapshot.customer.lastName].filter(Boolean).join(' ');
  return {
    label: name
      ? t('templates.previewLatestCaseNamed', { folder: snapshot.folderId, name })
      : t('templates.previewLatestCase', { folder: snapshot.folderId }),
    values: { ...exampleValues, ...present },
  };
}

const draftOf = (template: LibraryTemplate): Draft => ({
  id: template.id,
  stored: true,
  title: template.title,
  folder: template.folder,
  tags: template.tags.join(', '),
  abbreviation: template.abbreviation ?? '',
  bodies: { ...contentOf(template).bodies },
});

/**
 * The template library in the options page: find (search, folder), edit with a live preview against a real case,
 * duplicate, delete, restore a built-in, import and export. Every control is a native button, input or select,
 * so it works from the keyboard in the usual tab order.
 */
export function TemplatesEditor({ db: givenDb }: { db?: ReturnDeskDatabase } = {}) {
  const db = givenDb ?? optionsDatabase();
  const [library, setLibrary] = useState<LibraryTemplate[]>([]);
  const [usage, setUsage] = useState<Map<string, TemplateUsage>>(new Map());
  const [query, setQuery] = useState('');
  const [folder, setFolder] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [locale, setLocale] = useState<TemplateLocale>('en-gb');
  const [preview, setPreview] = useState<PreviewSource>(() => ({ label: t('templates.previewExamples'), values: exampleValues }));
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [saveErrors, setSaveErrors] = useState<string[]>([]);
  // The team's policy may forbid templates of the agent's own (utils/library/layers.ts).
  const [allowOwn, setAllowOwn] = useState(true);

  const reload = async () => {
    const [loaded, used] = await Promise.all([loadLayeredTemplates(db, { includeHidden: true }), loadTemplateUsage(db)]);
    setLibrary(loaded.templates);
    setAllowOwn(ownTemplatesAllowed(loaded.team.policy));
    setUsage(used);
    if (loaded.unreadable > 0) setMessage({ tone: 'error', text: t('templates.unreadable', { count: loaded.unreadable }) });
    return loaded.templates;
  };

  useEffect(() => {
    void reload().catch((error: unknown) => setMessage({ tone: 'error', text: t('templates.loadFailed', { error: String(error) }) }));
    void loadPreviewSource(db).then(setPreview, () => undefined);
    // Usage counts change as the panel inserts; library edits from another options tab too; the team's policy.
    const stopTeam = watchTeamPolicy(() => void reload().catch(() => undefined));
    const stopLibrary = watchLibraryChanges(() => void reload().catch(() => undefined));
    return () => {
      stopTeam();
      stopLibrary();
    };
  }, [db]);

  const index = useMemo(() => buildTemplateIndex(library.map((template) => ({ ...template, body: template.bodies['en-gb'] }))), [library]);
  const folders = useMemo(() => libraryFolders(library), [library]);
  const byId = useMemo(() => new Map(library.map((template) => [template.id, template])), [library]);
  const listed = (query.trim() ? searchTemplates(index, query, library.length) : library.map((t) => t.id))
    .map((id) => byId.get(id))
    .filter((template): template is LibraryTemplate => Boolean(template) && (!folder || template!.folder === folder));

  const open = (template: LibraryTemplate) => {
    setDraft(draftOf(template));
    setSaveErrors([]);
    setMessage(null);
  };

  const act = async (work: () => Promise<void>, success: string) => {
    try {
      await work();
      announceLibraryChange();
      setSaveErrors([]);
      setMessage({ tone: 'info', text: success });
    } catch (error) {
      if (error instanceof TemplateRejected) setSaveErrors(error.errors);
      else setMessage({ tone: 'error', text: t('options.notSaved', { error: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const save = (current: Draft) =>
    act(async () => {
      // Checked again against the stored library: another tab may have taken the abbreviation meanwhile.
      const latest = await reload();
      const abbreviationErrors = draftAbbreviationErrors(current, latest);
      if (abbreviationErrors.length > 0) throw new TemplateRejected(abbreviationErrors);
      const content = contentOfDraft(current);
      if (current.stored) await saveTemplate(db, current.id, content);
      else await addUserTemplate(db, { ...content, id: current.id, updatedAt: Date.now() });
      const templates = await reload();
      const saved = templates.find((template) => template.id === current.id);
      if (saved) setDraft(draftOf(saved));
    }, `Saved "${current.title}".`);

  const duplicate = (template: LibraryTemplate) =>
    act(
      async () => {
        if (!allowOwn) return;
        // Without the abbreviation: two templates cannot share one, and the agent can give the copy its own.
        const copy = { ...duplicateTemplate(template, new Set(library.map((t) => t.id)), Date.now()), abbreviation: null };
        await addUserTemplate(db, copy);
        const templates = await reload();
        const added = templates.find((t) => t.id === copy.id);
        if (added) setDraft(draftOf(added));
      },
      t('templates.duplicated', { title: `${template.title} (copy)` }),
    );

  const remove = (template: LibraryTemplate) => {
    const question =
      template.source === 'builtin'
        ? t('templates.confirmDeleteBuiltin', { title: template.title })
        : t('templates.confirmDeleteOwn', { title: template.title });
    if (!window.confirm(question)) return;
    void act(async () => {
      await deleteTemplate(db, template.id);
      const templates = await reload();
      const after = templates.find((t) => t.id === template.id);
      setDraft(after ? draftOf(after) : null);
    }, `Deleted "${template.title}".`);
  };

  const restore = (template: LibraryTemplate) =>
    act(async () => {
      await restoreBuiltin(db, template.id);
      const templates = await reload();
      const after = templates.find((t) => t.id === template.id);
      if (after) setDraft(draftOf(after));
    }, `Restored "${template.title}" as shipped.`);

  const create = () => {
    if (!allowOwn) return;
    const id = freeTemplateId('my-reply', new Set(library.map((template) => template.id)));
    setDraft({
      id,
      stored: false,
      title: 'New reply',
      folder: 'My replies',
      tags: '',
      abbreviation: '',
      bodies: { 'en-gb': 'Hi {{first_name}},\n\n', 'en-us': 'Hi {{first_name}},\n\n' },
    });
    setSaveErrors([]);
  };

  const current = draft ? byId.get(draft.id) : undefined;

  return (
    <section aria-labelledby="templates-heading" class="templates-editor">
      <h2 id="templates-heading">{t('templates.title')}</h2>
      {message && <StatusMessage tone={message.tone}>{message.text}</StatusMessage>}
      <div class="row">
        <label for="template-filter">{t('templates.search')}</label>
        <input id="template-filter" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        <label for="template-folder">{t('templates.folder')}</label>
        <select id="template-folder" value={folder} onChange={(e) => setFolder(e.currentTarget.value)}>
          <option value="">{t('templates.allFolders')}</option>
          {folders.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        {allowOwn && (
          <button type="button" onClick={create}>
            {t('templates.new')}
          </button>
        )}
      </div>
      {!allowOwn && <p class="hint team-note own-templates-off">{t('teamPolicy.ownTemplatesOff')}</p>}
      <div class="templates-editor__body">
        <ul class="templates-editor__list" aria-label={t('templates.list')}>
          {listed.length === 0 && <li class="hint">{t('templates.noMatch')}</li>}
          {listed.map((template) => (
            <li key={template.id}>
              <button
                type="button"
                class={draft?.id === template.id ? 'template-entry is-open' : 'template-entry'}
                aria-current={draft?.id === template.id ? 'true' : undefined}
                onClick={() => open(template)}
              >
                <span class="template-entry__title">
                  {template.title}
                  {template.abbreviation && (
                    <>
                      {' '}
                      <code class="template-entry__abbreviation">{template.abbreviation}</code>
                    </>
                  )}
                </span>
                <span class="hint">
                  {template.folder} ·{' '}
                  {template.source === 'team'
                    ? t('templates.team')
                    : template.source === 'user'
                      ? t('templates.yours')
                      : template.hiddenByTeam
                        ? t('templates.builtinHiddenByTeam')
                        : template.hidden
                          ? t('templates.builtinDeleted')
                          : template.edited
                            ? t('templates.builtinEdited')
                            : t('templates.builtin')}{' '}
                  · {describeUsage(usage.get(template.id))}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {draft && (
          <TemplateForm
            key={draft.id}
            draft={draft}
            template={current}
            locale={locale}
            preview={preview}
            abbreviationErrors={draftAbbreviationErrors(draft, library)}
            saveErrors={saveErrors}
            onLocale={setLocale}
            onChange={setDraft}
            onSave={() => void save(draft)}
            onDuplicate={current && allowOwn ? () => void duplicate(current) : undefined}
            onDelete={current && !current.hidden && current.source !== 'team' ? () => remove(current) : undefined}
            onRestore={current?.source === 'builtin' && (current.edited || current.hidden) ? () => void restore(current) : undefined}
          />
        )}
      </div>
      <ImportExport db={db} allowOwn={allowOwn} onImported={() => void reload()} />
    </section>
  );
}

function TemplateForm({
  draft,
  template,
  locale,
  preview,
  abbreviationErrors,
  saveErrors,
  onLocale,
  onChange,
  onSave,
  onDuplicate,
  onDelete,
  onRestore,
}: {
  draft: Draft;
  template: LibraryTemplate | undefined;
  locale: TemplateLocale;
  preview: PreviewSource;
  /** Malformed, or in conflict with another template's; shown by the field. */
  abbreviationErrors: string[];
  saveErrors: string[];
  onLocale: (locale: TemplateLocale) => void;
  onChange: (draft: Draft) => void;
  onSave: () => void;
  onDuplicate?: () => void;
  onDelete?: () => void;
  onRestore?: () => void;
}) {
  const readOnly = template?.source === 'team';
  const body = draft.bodies[locale] ?? '';
  const problems = bodyProblems({ [locale]: body });
  const check = checkTemplateContent(contentOfDraft(draft));
  // The field shows what is wrong with the abbreviation (the content check's own message would say it twice).
  const otherErrors = (saveErrors.length > 0 ? saveErrors : check.ok ? [] : check.errors).filter(
    (error) => !error.startsWith('abbreviation: ') && !abbreviationErrors.includes(error),
  );
  const savable = check.ok && abbreviationErrors.length === 0;
  const parsed = parseTemplate(body);
  const rendered = parsed.ok ? renderNodes(parsed.nodes, preview.values) : null;
  const bodyId = `template-body-${locale}`;
  return (
    <form
      class="templates-editor__form"
      aria-label={t('templates.edit', { title: draft.title || 'template' })}
      onSubmit={(event) => {
        event.preventDefault();
        if (!readOnly) onSave();
      }}
    >
      {template?.hidden && <p class="hint">{t('templates.deletedHint')}</p>}
      {readOnly && <p class="hint team-note">{t('templates.teamReadOnly')}</p>}
      {template?.shadowedBy && <p class="hint">{t('templates.shadowedByTeam', { name: template.shadowedBy })}</p>}
      <label for="template-title">{t('templates.titleLabel')}</label>
      <input
        id="template-title"
        readOnly={readOnly}
        value={draft.title}
        onInput={(e) => onChange({ ...draft, title: e.currentTarget.value })}
      />
      <label for="template-folder-name">{t('templates.folder')}</label>
      <input
        id="template-folder-name"
        readOnly={readOnly}
        value={draft.folder}
        onInput={(e) => onChange({ ...draft, folder: e.currentTarget.value })}
      />
      <label for="template-tags">{t('templates.tags')}</label>
      <input
        id="template-tags"
        readOnly={readOnly}
        value={draft.tags}
        onInput={(e) => onChange({ ...draft, tags: e.currentTarget.value })}
      />
      <label for="template-abbreviation">{t('templates.abbreviation')}</label>
      <input
        id="template-abbreviation"
        class="templates-editor__abbreviation"
        spellcheck={false}
        autocomplete="off"
        placeholder=";dhl"
        readOnly={readOnly}
        value={draft.abbreviation}
        aria-invalid={abbreviationErrors.length > 0}
        aria-describedby="template-abbreviation-hint template-abbreviation-errors"
        onInput={(e) => onChange({ ...draft, abbreviation: e.currentTarget.value })}
      />
      <p id="template-abbreviation-hint" class="hint">
        {t('templates.abbreviationHint')}
      </p>
      <ul
        id="template-abbreviation-errors"
        class={abbreviationErrors.length ? 'errors' : 'visually-hidden'}
        role="alert"
        aria-label={t('templates.abbreviationProblems')}
      >
        {abbreviationErrors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
      <label for="template-locale">{t('templates.language')}</label>
      <select id="template-locale" value={locale} onChange={(e) => onLocale(e.currentTarget.value as TemplateLocale)}>
        {TEMPLATE_LOCALES.map((code) => (
          <option key={code} value={code}>
            {LOCALE_NAMES[code]}
            {draft.bodies[code] ? '' : t('templates.notWritten')}
          </option>
        ))}
      </select>
      <label for={bodyId}>{t('templates.body', { language: LOCALE_NAMES[locale] })}</label>
      <textarea
        id={bodyId}
        spellcheck={true}
        readOnly={readOnly}
        value={body}
        aria-invalid={problems.length > 0}
        aria-describedby="template-body-problems"
        onInput={(e) => onChange({ ...draft, bodies: { ...draft.bodies, [locale]: e.currentTarget.value } })}
      />
      <div role="alert">
        <ul id="template-body-problems" class={problems.length ? 'errors' : 'visually-hidden'}>
          {problems.map((problem) => (
            <li key={`${problem.index}-${problem.message}`}>
              {t('templates.problemAt', { line: problem.line, column: problem.column, message: problem.message })}
            </li>
          ))}
        </ul>
      </div>
      {localeVariableGaps(draft.bodies).length > 0 && (
        <ul class="warnings" aria-label={t('templates.gaps')}>
          {localeVariableGaps(draft.bodies).map((gap) => (
            <li key={`${gap.locale}-${gap.variable}`}>
              {t('templates.gap', {
                variable: `{{${gap.variable}}}`,
                locale: LOCALE_NAMES[gap.locale],
                missing: gap.missingIn.map((code) => LOCALE_NAMES[code]).join(', '),
              })}
            </li>
          ))}
        </ul>
      )}
      <p class="hint">
        {t('templates.variables')}{' '}
        {TEMPLATE_VARIABLES.map((variable) => (
          <code
            key={variable.name}
            title={variableText(variable.name, 'description', variable.description)}
          >{`{{${variable.name}}} `}</code>
        ))}
      </p>
      <h3>{t('templates.preview')}</h3>
      <p class="hint">{t('templates.previewWith', { label: preview.label })}</p>
      <pre class="templates-editor__preview" aria-live="polite">
        {rendered ? rendered.text : t('templates.noPreview')}
      </pre>
      {otherErrors.length > 0 && (
        <ul class="errors">
          {otherErrors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      <div class="row">
        {!readOnly && (
          <button type="submit" disabled={!savable}>
            {draft.stored ? t('common.save') : t('templates.create')}
          </button>
        )}
        {onDuplicate && (
          <button type="button" onClick={onDuplicate}>
            {readOnly ? t('templates.duplicateAsMine') : t('templates.duplicate')}
          </button>
        )}
        {onDelete && (
          <button type="button" onClick={onDelete}>
            {t('templates.delete')}
          </button>
        )}
        {onRestore && (
          <button type="button" onClick={onRestore}>
            {t('templates.restore')}
          </button>
        )}
      </div>
    </form>
  );
}

function ImportExport({ db, allowOwn, onImported }: { db: ReturnDeskDatabase; allowOwn: boolean; onImported: () => void }) {
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState<{ file: TemplateFile; conflicts: string[]; added: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const exportFile = async () => {
    const text = serializeTemplateFile(exportTemplates(await loadTransferable(db)));
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `returndesk-templates-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage(t('templates.exported'));
  };

  /** The refusal when the team's policy (read now: it may have changed) turns off templates the file holds. */
  const refusedByTeam = async (file: TemplateFile): Promise<string | null> => {
    const refused = ownTemplatesRefused(file, (await loadTeamPolicy()).policy);
    return refused.length > 0 ? t('teamPolicy.importRefused', { count: refused.length, list: refused.join(', ') }) : null;
  };

  const apply = async (file: TemplateFile, choice: 'replace' | 'keep-mine' | null) => {
    const refusal = await refusedByTeam(file);
    if (refusal) {
      setPending(null);
      setMessage(null);
      setErrors([refusal]);
      return;
    }
    try {
      const { settings } = await loadSettings();
      const plan = await applyImport(db, file, choice, Date.now(), settings.taughtSelectors);
      // Taught selectors live in settings (the content script reads them there), written after the library.
      if (Object.keys(file.taughtSelectors).length > 0) {
        await saveSettings({ ...settings, taughtSelectors: importTaughtSelectors(settings.taughtSelectors, file, choice) });
      }
      setPending(null);
      setErrors([]);
      const replaced = choice === 'replace' ? plan.conflicts.length : 0;
      setMessage(
        t('templates.imported', {
          added: plan.added.length,
          replaced,
          kept: plan.unchanged.length + (choice === 'keep-mine' ? plan.conflicts.length : 0),
        }),
      );
      announceLibraryChange();
      announceMacroChange();
      onImported();
    } catch (error) {
      setMessage(null);
      setErrors([t('templates.importFailed', { error: error instanceof Error ? error.message : String(error) })]);
    }
  };

  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    setMessage(null);
    setPending(null);
    // The size is checked before reading: a 10 MB file is refused without loading it.
    const parsed =
      chosen.size > MAX_IMPORT_BYTES ? parseTemplateFile('', chosen.size) : parseTemplateFile(await chosen.text(), chosen.size);
    if (!parsed.ok) {
      setErrors(parsed.errors.map(describeImportError));
      return;
    }
    const refusal = await refusedByTeam(parsed.file);
    if (refusal) {
      setErrors([refusal]);
      return;
    }
    setErrors([]);
    const plan = planImport(await loadTransferable(db), parsed.file);
    if (plan.conflicts.length === 0) await apply(parsed.file, null);
    else setPending({ file: parsed.file, conflicts: plan.conflicts, added: plan.added.length });
  };

  return (
    <div class="templates-editor__transfer">
      <h3>{t('templates.transfer')}</h3>
      <div class="row">
        <button type="button" onClick={() => void exportFile()}>
          {t('templates.export')}
        </button>
        <label for="template-import">{allowOwn ? t('templates.import') : t('teamPolicy.importWithoutTemplates')}</label>
        <input id="template-import" type="file" accept="application/json,.json" onChange={(e) => void choose(e.currentTarget)} />
      </div>
      {message && <StatusMessage>{message}</StatusMessage>}
      {errors.length > 0 && (
        <div role="alert" aria-label={t('templates.importProblems')}>
          <ul class="errors">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <div role="alertdialog" aria-labelledby="import-confirm" class="templates-editor__confirm">
          <p id="import-confirm">
            {t('templates.conflicts', { count: pending.conflicts.length, list: pending.conflicts.join(', '), added: pending.added })}
          </p>
          <div class="row">
            <button type="button" onClick={() => void apply(pending.file, 'replace')}>
              {t('templates.replaceMine')}
            </button>
            <button type="button" onClick={() => void apply(pending.file, 'keep-mine')}>
              {t('templates.keepMine')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
