/** An on/off switch with the semantics screen readers expect (role="switch"). */
export interface SwitchProps {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

export function Switch({ id, label, checked, disabled, onChange }: SwitchProps) {
  return (
    <label class="switch" for={id}>
      <span class="switch-label">{label}</span>
      <button
        id={id}
        type="button"
        role="switch"
        aria-checked={checked}
        disabled={disabled}
        class="switch-track"
        onClick={() => onChange(!checked)}
      >
        <span class="switch-thumb" aria-hidden="true" />
      </button>
    </label>
  );
}
