import { useEffect, useMemo, useState } from 'preact/hooks';
import { StatusMessage } from '@/components/status-message';
import type { ReturnDeskDatabase } from '@/utils/db';
import { parseChord } from '@/utils/keyboard/chords';
import type { ManifestChord } from '@/utils/keyboard/keymap';
import { checkDraft, chordProblems, storedChordConflicts, type MacroContext, type MacroDraft } from '@/utils/macros/draft-check';
import { describeStep, MACRO_STEP_KINDS, type MacroDefinition, type MacroStep, type MacroStepKind } from '@/utils/macros/define';
import { freeMacroId, type LibraryMacro } from '@/utils/macros/library';
import {
  deleteUserMacro,
  MacroRejected,
  resetBuiltinMacro,
  saveUserMacro,
  setBuiltinHidden,
  setMacroChord,
  watchMacroChanges,
} from '@/utils/macros/store';
import type { LibraryTemplate } from '@/utils/templates/library';
import { watchLibraryChanges } from '@/utils/templates/library-store';
import { ChordInput } from './chord-input';
import { optionsDatabase } from './options-database';
import { announceKeyboardChange, isMacPlatform, loadBrowserCommands, manifestChordsOf } from './shortcuts-section';
import { loadLayeredMacros, loadLayeredTemplates } from '@/utils/extension/layered-library';
import { watchTeamPolicy } from '@/utils/extension/team-policy';
import './macros-editor.css';
import { macroText, t } from '@/utils/i18n/translate';

const STEP_KIND_LABELS: Record<MacroStepKind, string> = {
  'check-photos': 'Check the photos',
  'read-numbers': 'Read the numbers',
  'insert-template': 'Insert a template (choose which next)',
  'insert-photo-request': 'Insert the missing-photo request',
  'copy-waybill': 'Copy the waybill number',
  'focus-composer': 'Focus the reply box',
  'next-conversation': 'Go to the next conversation (last step only)',
};

interface DraftStep {
  /** Stable across moves, so focus can follow a step. */
  key: number;
  step: MacroStep;
}

interface Draft extends MacroDraft {
  id: string;
  /** False for a new macro not saved yet (its id is chosen from the name on the first save). */
  stored: boolean;
  builtin: boolean;
  name: string;
  description: string;
  chord: string;
  steps: DraftStep[];
}

/** Stands for the unsaved macro in the key map; never a valid id, so it cannot shadow a stored macro. */
const NEW_MACRO_KEY = '(new macro)';

let stepKeys = 0;
const draftSteps = (steps: readonly MacroStep[]): DraftStep[] => steps.map((step) => ({ key: ++stepKeys, step }));

const draftOf = (macro: LibraryMacro): Draft => ({
  id: macro.id,
  stored: true,
  builtin: macro.builtin,
  name: macro.name,
  description: macro.description ?? '',
  chord: macro.chord ?? '',
  steps: draftSteps(macro.steps),
});

interface Message {
  tone: 'info' | 'error';
  text: string;
  undo?: MacroDefinition;
}

/**
 * Macros in the options page: the built-ins (rebind, hide, show) and the agent's own (create, edit the steps,
 * delete). Every control is a native button, input or select with a visible label, so the editor works from the
 * keyboard in the usual tab order; moving a step keeps the focus on it.
 */
export function MacrosEditor({ db: givenDb }: { db?: ReturnDeskDatabase } = {}) {
  const db = givenDb ?? optionsDatabase();
  const [macros, setMacros] = useState<LibraryMacro[]>([]);
  const [templates, setTemplates] = useState<LibraryTemplate[]>([]);
  const [manifestChords, setManifestChords] = useState<ManifestChord[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [saveErrors, setSaveErrors] = useState<string[]>([]);

  const reload = async () => {
    const [loaded, library, commands] = await Promise.all([
      loadLayeredMacros(db, { includeHidden: true }),
      loadLayeredTemplates(db, { includeHidden: true }),
      loadBrowserCommands().catch(() => []),
    ]);
    setMacros(loaded.macros);
    setTemplates(library.templates);
    setManifestChords(manifestChordsOf(commands, { mac: isMacPlatform() }));
    if (loaded.unreadable > 0) setMessage({ tone: 'error', text: t('macros.unreadableStored', { count: loaded.unreadable }) });
    return loaded.macros;
  };

  useEffect(() => {
    const refresh = () =>
      void reload().catch((error: unknown) => setMessage({ tone: 'error', text: t('macros.loadFailed', { error: String(error) }) }));
    refresh();
    // Templates (for the picker) and macros edited in another tab; browser shortcuts changed in this page.
    const stopMacros = watchMacroChanges(refresh);
    const stopLibrary = watchLibraryChanges(refresh);
    const stopTeam = watchTeamPolicy(refresh);
    return () => {
      stopMacros();
      stopLibrary();
      stopTeam();
    };
  }, [db]);

  const context: MacroContext = useMemo(
    () => ({ macros, templateIds: new Set(templates.map((template) => template.id)), manifestChords }),
    [macros, templates, manifestChords],
  );
  const templateTitles = useMemo(() => new Map(templates.map((template) => [template.id, template.title])), [templates]);
  const templateTitle = (id: string) => templateTitles.get(id);
  const conflicts = useMemo(() => storedChordConflicts(macros, manifestChords), [macros, manifestChords]);

  const act = async (work: () => Promise<void>, success: Message) => {
    try {
      await work();
      setSaveErrors([]);
      await announceKeyboardChange().catch(() => undefined);
      setMessage(success);
    } catch (error) {
      if (error instanceof MacroRejected) setSaveErrors(error.errors);
      else setMessage({ tone: 'error', text: t('options.notSaved', { error: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const open = (macro: LibraryMacro) => {
    setDraft(draftOf(macro));
    setSaveErrors([]);
  };

  const create = () => {
    setDraft({ id: '', stored: false, builtin: false, name: '', description: '', chord: '', steps: [] });
    setSaveErrors([]);
    setMessage(null);
    focusLater('macro-name');
  };

  const save = (current: Draft) => {
    const id = current.stored ? current.id : freeMacroId(current.name.trim().toLowerCase(), new Set(macros.map((macro) => macro.id)));
    const checked = checkDraft({ ...current, id }, context);
    if (!checked.ok) {
      setSaveErrors(checked.errors);
      return;
    }
    void act(
      async () => {
        await saveUserMacro(db, checked.macro);
        const after = await reload();
        const saved = after.find((macro) => macro.id === checked.macro.id);
        if (saved) setDraft(draftOf(saved));
      },
      { tone: 'info', text: t('macros.savedMacro', { name: checked.macro.name }) },
    );
  };

  const saveChord = (current: Draft) => {
    const problems = chordProblems(current.id, current.name, current.chord, context);
    if (problems.length > 0) {
      setSaveErrors(problems.map((problem) => `shortcut: ${problem}`));
      return;
    }
    const parsed = parseChord(current.chord);
    const chord = parsed.ok ? parsed.text : null;
    void act(
      async () => {
        await setMacroChord(db, current.id, chord);
        const after = await reload();
        const saved = after.find((macro) => macro.id === current.id);
        if (saved) setDraft(draftOf(saved));
      },
      { tone: 'info', text: chord ? `“${current.name}” now runs with ${chord}.` : `“${current.name}” has no key chord now.` },
    );
  };

  const remove = (current: Draft) => {
    const stored = macros.find((macro) => macro.id === current.id);
    if (!stored) return;
    void act(
      async () => {
        await deleteUserMacro(db, current.id);
        await reload();
        setDraft(null);
        focusLater('macros-new');
      },
      { tone: 'info', text: t('macros.deletedMacro', { name: stored.name }), undo: stored },
    );
  };

  const undoDelete = (macro: MacroDefinition) =>
    void act(
      async () => {
        const { builtin: _builtin, hidden: _hidden, ...definition } = macro as LibraryMacro;
        await saveUserMacro(db, definition);
        const after = await reload();
        const restored = after.find((candidate) => candidate.id === macro.id);
        if (restored) setDraft(draftOf(restored));
      },
      { tone: 'info', text: t('macros.restoredMacro', { name: macro.name }) },
    );

  const toggleHidden = (macro: LibraryMacro) =>
    void act(
      async () => {
        await setBuiltinHidden(db, macro.id, !macro.hidden);
        await reload();
      },
      {
        tone: 'info',
        text: macro.hidden
          ? `“${macro.name}” is shown again and its key chord works.`
          : `“${macro.name}” is hidden: it is not offered and its key chord does nothing.`,
      },
    );

  const resetBuiltin = (current: Draft) =>
    void act(
      async () => {
        await resetBuiltinMacro(db, current.id);
        const after = await reload();
        const reset = after.find((macro) => macro.id === current.id);
        if (reset) setDraft(draftOf(reset));
      },
      { tone: 'info', text: t('macros.backAsShipped', { name: current.name }) },
    );

  return (
    <section aria-labelledby="macros-heading" class="macros-editor">
      <h2 id="macros-heading">{t('macros.title')}</h2>
      <p class="hint">{t('macros.hint')}</p>
      {message && (
        <StatusMessage tone={message.tone}>
          {message.text}{' '}
          {message.undo && (
            <button type="button" onClick={() => undoDelete(message.undo!)}>
              {t('macros.undoDelete')}
            </button>
          )}
        </StatusMessage>
      )}
      <div class="row">
        <button id="macros-new" type="button" onClick={create}>
          {t('macros.new')}
        </button>
      </div>
      <div class="macros-editor__body">
        <ul class="macros-editor__list" aria-label={t('macros.title')}>
          {macros.length === 0 && <li class="hint">{t('macros.none')}</li>}
          {macros.map((macro) => {
            const problems = conflicts.filter((error) => error.command === macro.id);
            const name = macroText(macro.id, 'name', macro.name);
            return (
              <li key={macro.id} class={draft?.id === macro.id ? 'macro-entry is-open' : 'macro-entry'}>
                <button
                  type="button"
                  class="macro-entry__open"
                  aria-current={draft?.id === macro.id ? 'true' : undefined}
                  disabled={macro.team}
                  onClick={() => open(macro)}
                >
                  <span class="macro-entry__name">{name}</span>
                </button>
                <span class="hint">
                  {macro.team ? t('macros.team') : macro.builtin ? t('macros.builtin') : t('macros.yours')} ·{' '}
                  {macro.chord ? <kbd>{macro.chord}</kbd> : t('macros.noChord')}
                  {macro.hidden ? (macro.hiddenByTeam ? t('macros.hiddenByTeam') : t('macros.hidden')) : ''}
                  {macro.shadowedBy ? t('macros.shadowedByTeam', { name: macro.shadowedBy }) : ''}
                </span>
                <ol aria-label={t('macros.stepsOf', { name })}>
                  {macro.steps.map((step, index) => (
                    <li key={index}>{describeStep(step, templateTitle)}</li>
                  ))}
                </ol>
                {problems.length > 0 && (
                  <ul class="errors">
                    {problems.map((problem) => (
                      <li key={problem.message}>{problem.message}</li>
                    ))}
                  </ul>
                )}
                {macro.builtin && (
                  <div class="row">
                    <button
                      type="button"
                      aria-label={t(macro.hidden ? 'macros.showNamed' : 'macros.hideNamed', { name })}
                      onClick={() => toggleHidden(macro)}
                    >
                      {macro.hidden ? t('macros.show') : t('macros.hide')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
        {draft &&
          (draft.builtin ? (
            <BuiltinForm
              key={draft.id}
              draft={draft}
              context={context}
              saveErrors={saveErrors}
              templateTitle={templateTitle}
              onChange={setDraft}
              onSave={() => saveChord(draft)}
              onReset={() => resetBuiltin(draft)}
            />
          ) : (
            <MacroForm
              key={draft.stored ? draft.id : 'new'}
              draft={draft}
              context={context}
              templates={templates}
              saveErrors={saveErrors}
              templateTitle={templateTitle}
              onChange={setDraft}
              onSave={() => save(draft)}
              onDelete={draft.stored ? () => remove(draft) : undefined}
            />
          ))}
      </div>
    </section>
  );
}

/** Moves the focus once the next render has put the element in place. */
function focusLater(id: string) {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

function ErrorList({ id, errors, label }: { id: string; errors: readonly string[]; label: string }) {
  return (
    // role="alert" is not allowed on a list: the live region wraps it.
    <div role="alert" aria-label={label}>
      <ul id={id} class={errors.length ? 'errors' : 'visually-hidden'}>
        {errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
    </div>
  );
}

function BuiltinForm({
  draft,
  context,
  saveErrors,
  templateTitle,
  onChange,
  onSave,
  onReset,
}: {
  draft: Draft;
  context: MacroContext;
  saveErrors: string[];
  templateTitle: (id: string) => string | undefined;
  onChange: (draft: Draft) => void;
  onSave: () => void;
  onReset: () => void;
}) {
  const chordErrors = chordProblems(draft.id, draft.name, draft.chord, context);
  // A built-in's name in the interface's language, as the list shows it.
  const name = macroText(draft.id, 'name', draft.name);
  return (
    <form
      class="macros-editor__form"
      aria-label={t('macros.rebind', { name })}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <h3>{name}</h3>
      <p class="hint">{t('macros.builtinHint')}</p>
      {draft.description && <p>{macroText(draft.id, 'description', draft.description)}</p>}
      <ol>
        {draft.steps.map(({ key, step }) => (
          <li key={key}>{describeStep(step, templateTitle)}</li>
        ))}
      </ol>
      <ChordInput
        id="macro-chord"
        label={t('macros.chord')}
        value={draft.chord}
        onChange={(chord) => onChange({ ...draft, chord })}
        errorId="macro-chord-errors"
        invalid={chordErrors.length > 0}
      />
      <ErrorList id="macro-chord-errors" errors={chordErrors} label={t('macros.chordProblems')} />
      <ErrorList id="macro-save-errors" errors={saveErrors} label={t('macros.notSavedWhy')} />
      <div class="row">
        <button type="submit">{t('macros.saveChord')}</button>
        <button type="button" onClick={onReset}>
          {t('macros.resetDefault')}
        </button>
      </div>
    </form>
  );
}

/** Keys that move through a closed select's options: its `change` then is browsing, not a choice. */
const BROWSING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

function MacroForm({
  draft,
  context,
  templates,
  saveErrors,
  templateTitle,
  onChange,
  onSave,
  onDelete,
}: {
  draft: Draft;
  context: MacroContext;
  templates: readonly LibraryTemplate[];
  saveErrors: string[];
  templateTitle: (id: string) => string | undefined;
  onChange: (draft: Draft) => void;
  onSave: () => void;
  onDelete?: () => void;
}) {
  const [addKind, setAddKind] = useState<MacroStepKind | ''>('');
  const [addError, setAddError] = useState<string | null>(null);
  // Chrome changes a closed select with the arrow keys, one `change` per key: adding a step on each would fill
  // the list while the agent only browses. A choice made by keyboard waits for Enter (or "Add step").
  const [browsing, setBrowsing] = useState(false);
  const chordErrors = chordProblems(draft.id || NEW_MACRO_KEY, draft.name, draft.chord, context);
  const offered = templates.filter((template) => !template.hidden);
  const folders = [...new Set(offered.map((template) => template.folder))].sort((a, b) => a.localeCompare(b));

  const setSteps = (steps: DraftStep[]) => onChange({ ...draft, steps });

  const addStep = (kind: MacroStepKind | '') => {
    if (!kind) {
      setAddError('Choose a step to add.');
      return;
    }
    const step: MacroStep = kind === 'insert-template' ? { kind, templateId: '' } : { kind };
    const [added] = draftSteps([step]);
    setSteps([...draft.steps, added!]);
    setAddError(null);
    setAddKind('');
    setBrowsing(false);
    // An inserted template still needs choosing: go there.
    if (kind === 'insert-template') focusLater(`macro-step-${added!.key}-template`);
  };

  const setTemplate = (key: number, templateId: string) =>
    setSteps(draft.steps.map((entry) => (entry.key === key ? { key, step: { kind: 'insert-template', templateId } } : entry)));

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= draft.steps.length) return;
    const steps = [...draft.steps];
    const [moved] = steps.splice(index, 1);
    steps.splice(target, 0, moved!);
    setSteps(steps);
    // Keep the focus on the step that moved; at an end, its button in that direction is disabled.
    const atEnd = by === -1 ? target === 0 : target === steps.length - 1;
    focusLater(`macro-step-${moved!.key}-${atEnd ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}`);
  };

  const removeStep = (index: number) => {
    const steps = draft.steps.filter((_, position) => position !== index);
    setSteps(steps);
    const next = steps[index] ?? steps[index - 1];
    focusLater(next ? `macro-step-${next.key}-remove` : 'macro-add-step');
  };

  return (
    <form
      class="macros-editor__form"
      aria-label={draft.stored ? t('macros.edit', { name: draft.name || 'macro' }) : t('macros.new')}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <label for="macro-name">{t('macros.name')}</label>
      <input
        id="macro-name"
        spellcheck={false}
        value={draft.name}
        onInput={(event) => onChange({ ...draft, name: event.currentTarget.value })}
      />
      <label for="macro-description">{t('macros.description')}</label>
      <input
        id="macro-description"
        spellcheck={false}
        value={draft.description}
        onInput={(event) => onChange({ ...draft, description: event.currentTarget.value })}
      />
      <ChordInput
        id="macro-chord"
        label={t('macros.chord')}
        value={draft.chord}
        onChange={(chord) => onChange({ ...draft, chord })}
        errorId="macro-chord-errors"
        invalid={chordErrors.length > 0}
      />
      <ErrorList id="macro-chord-errors" errors={chordErrors} label={t('macros.chordProblems')} />

      <h3 id="macro-steps-heading">{t('macros.steps')}</h3>
      {draft.steps.length === 0 && <p class="hint">{t('macros.noSteps')}</p>}
      <ol class="macro-steps" aria-labelledby="macro-steps-heading">
        {draft.steps.map(({ key, step }, index) => {
          // Not the word "template" while unchosen: the buttons' names must not compete with the picker's label.
          const label = step.kind === 'insert-template' && !step.templateId ? t('macros.nothingChosen') : describeStep(step, templateTitle);
          const pickerId = `macro-step-${key}-template`;
          return (
            <li key={key} class="macro-step">
              {step.kind === 'insert-template' ? (
                <span class="macro-step__label">
                  <label for={pickerId}>{t('macros.template')}</label>{' '}
                  <select
                    id={pickerId}
                    aria-describedby={`macro-step-${key}-position`}
                    value={step.templateId}
                    onChange={(event) => setTemplate(key, event.currentTarget.value)}
                  >
                    <option value="">{t('macros.chooseTemplate')}</option>
                    {/* A template deleted since keeps its place, so the step is not silently changed. */}
                    {step.templateId && !offered.some((template) => template.id === step.templateId) && (
                      <option value={step.templateId}>
                        {t('macros.deleted', { title: templateTitle(step.templateId) ?? step.templateId })}
                      </option>
                    )}
                    {folders.map((folder) => (
                      <optgroup key={folder} label={folder}>
                        {offered
                          .filter((template) => template.folder === folder)
                          .map((template) => (
                            <option key={template.id} value={template.id}>
                              {template.title}
                            </option>
                          ))}
                      </optgroup>
                    ))}
                  </select>
                  <span id={`macro-step-${key}-position`} class="visually-hidden">
                    {t('macros.atStep', { index: index + 1 })}
                  </span>
                </span>
              ) : (
                <span class="macro-step__label">{label}</span>
              )}
              <button
                type="button"
                id={`macro-step-${key}-up`}
                aria-label={t('macros.moveUpNamed', { index: index + 1, label })}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                {t('macros.moveUp')}
              </button>
              <button
                type="button"
                id={`macro-step-${key}-down`}
                aria-label={t('macros.moveDownNamed', { index: index + 1, label })}
                disabled={index === draft.steps.length - 1}
                onClick={() => move(index, 1)}
              >
                {t('macros.moveDown')}
              </button>
              <button
                type="button"
                id={`macro-step-${key}-remove`}
                aria-label={t('macros.removeNamed', { index: index + 1, label })}
                onClick={() => removeStep(index)}
              >
                {t('common.remove')}
              </button>
            </li>
          );
        })}
      </ol>
      <div class="row">
        <label for="macro-add-step">{t('macros.addStep')}</label>
        <select
          id="macro-add-step"
          aria-describedby="macro-add-step-hint"
          value={addKind}
          onMouseDown={() => setBrowsing(false)}
          onKeyDown={(event) => {
            if (BROWSING_KEYS.has(event.key) || (event.key.length === 1 && event.key !== ' ')) setBrowsing(true);
            if (event.key === 'Enter') {
              event.preventDefault();
              addStep(event.currentTarget.value as MacroStepKind | '');
            }
          }}
          onChange={(event) => {
            const kind = event.currentTarget.value as MacroStepKind | '';
            setAddError(null);
            if (browsing) setAddKind(kind);
            else addStep(kind);
          }}
        >
          <option value="">{t('macros.chooseStep')}</option>
          {MACRO_STEP_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {STEP_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => addStep(addKind)}>
          {t('macros.addStepButton')}
        </button>
      </div>
      <p id="macro-add-step-hint" class="hint">
        {t('macros.addStepHint')}
      </p>
      {addError && (
        <p class="errors" role="alert">
          {addError}
        </p>
      )}

      <ErrorList id="macro-save-errors" errors={saveErrors} label={t('macros.notSavedWhy')} />
      <div class="row">
        <button type="submit">{t('macros.save')}</button>
        {onDelete && (
          <button type="button" onClick={onDelete}>
            {t('macros.delete')}
          </button>
        )}
      </div>
    </form>
  );
}
