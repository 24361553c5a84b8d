import { chordFromEvent } from '@/utils/keyboard/chords';
import { t } from '@/utils/i18n/translate';

/** The key a chord ends with: "Alt+Shift+F5" → "F5". */
const finalKey = (chord: string) => chord.slice(chord.lastIndexOf('+') + 1);

/**
 * A text field for a key chord: pressing a chord (with Ctrl, Alt or Meta, or a function key) writes it in the
 * normal form ("Ctrl+Alt+Shift+Meta+Key"); anything else types as usual, so a chord can also be written by hand.
 * Plain Tab, Shift+Tab and Enter are never captured: the field must not trap keyboard users.
 */
export function ChordInput({
  id,
  label,
  value,
  onChange,
  errorId,
  invalid,
  disabled,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** Id of the element listing this field's errors (aria-describedby). */
  errorId?: string;
  invalid?: boolean;
  disabled?: boolean;
}) {
  const hintId = `${id}-hint`;
  return (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        class="chord-input"
        value={value}
        disabled={disabled}
        autoComplete="off"
        spellcheck={false}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
        onInput={(event) => onChange(event.currentTarget.value)}
        onKeyDown={(event) => {
          // keyCode 229: an input method is composing; the key belongs to it.
          if (event.isComposing || event.keyCode === 229) return;
          const chord = chordFromEvent(event);
          if (!chord) return;
          const commandModifier = event.ctrlKey || event.altKey || event.metaKey;
          if (!commandModifier && !/^F\d+$/.test(finalKey(chord))) return;
          event.preventDefault();
          onChange(chord);
        }}
      />
      <span id={hintId} class="hint">
        {t('chord.hint')}
      </span>
    </>
  );
}
