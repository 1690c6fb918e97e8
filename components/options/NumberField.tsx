/**
 * A labelled number input that only stores values in range: a typed value is committed on
 * change (blur or Enter) and an out-of-range one shows why instead of being written, since the
 * settings validator would refuse the whole record.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../extension/i18n';

export interface NumberFieldProps {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onCommit(value: number): void;
}

export function NumberField({ id, label, value, min, max, step, onCommit }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  // Follow the stored value when another tab changes it.
  useEffect(() => setText(String(value)), [value]);

  const commit = (raw: string) => {
    const number = Number(raw);
    const ok = raw.trim() !== '' && Number.isFinite(number) && number >= min && number <= max;
    setInvalid(!ok);
    if (ok && number !== value) onCommit(number);
  };

  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={text}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${id}-range`}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => commit(event.currentTarget.value)}
      />
      <p id={`${id}-range`} class={invalid ? 'field-error' : 'hint'}>
        {t(invalid ? 'optionsNumberOutOfRange' : 'optionsNumberRange', [String(min), String(max)])}
      </p>
    </div>
  );
}
