import { useRef, useState, type KeyboardEvent } from 'react';

interface Props {
  label: string;
  /** The applied date (from the URL). */
  value: string;
  min: string;
  max: string;
  /** The id of the message saying why the last date was refused, when it was this field's. */
  problemId: string | null;
  onFocus: () => void;
  /** Applies a date; false when it was refused (the typed text then stays, for the reader to correct). */
  onCommit: (value: string) => boolean;
}

/**
 * A date input that applies only a whole date: picked from the calendar, or typed and confirmed with Enter or by
 * leaving the field. Typing "10/01/2025" makes the input report 0001-…, 0010-…, 0002-… on the way (issue 16); those
 * stay a draft here. Escape puts the applied date back.
 */
export function DateField({ label, value, min, max, problemId, onFocus, onCommit }: Props) {
  // The text typed, and the applied date it was typed over: a window moved meanwhile (Back, Play) wins.
  const [draft, setDraft] = useState<{ text: string; over: string } | null>(null);
  // A value change between a key's down and up comes from the keyboard; any other from the browser's picker.
  const typing = useRef(false);
  const pending = draft !== null && draft.over === value ? draft.text : null;

  const commit = (text: string) => setDraft(onCommit(text) ? null : { text, over: value });
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && pending !== null) commit(pending);
    // The applied date, applied again: nothing changes, and the message about the draft goes.
    else if (e.key === 'Escape' && pending !== null) commit(value);
    else if (e.key !== 'Tab') typing.current = true;
  };

  return (
    <label className="inline-field">
      <span>{label}</span>
      <input
        type="date"
        min={min}
        max={max}
        value={pending ?? value}
        aria-invalid={problemId === null ? undefined : true}
        aria-describedby={problemId ?? undefined}
        onFocus={() => {
          typing.current = false;
          onFocus();
        }}
        onKeyDown={onKeyDown}
        onKeyUp={() => {
          typing.current = false;
        }}
        onChange={(e) => {
          if (typing.current) setDraft({ text: e.target.value, over: value });
          else commit(e.target.value);
        }}
        onBlur={() => {
          typing.current = false;
          if (pending !== null) commit(pending);
        }}
      />
    </label>
  );
}
