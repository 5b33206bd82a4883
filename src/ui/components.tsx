import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'quiet' | 'danger';
};

export function Button({ variant = 'secondary', type = 'button', class: cls, ...rest }: ButtonProps) {
  return <button type={type} class={`pom-btn ${cls ?? ''}`} data-variant={variant} {...rest} />;
}

type FieldProps = {
  label: string;
  hint?: string;
  error?: string;
  children: (id: string, describedBy: string | undefined) => ComponentChildren;
};

/** A label, its control, an optional hint and error, wired together for screen readers. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="pom-field">
      <label for={id}>{label}</label>
      {hint && (
        <span id={hintId} class="pom-hint">
          {hint}
        </span>
      )}
      {children(id, describedBy)}
      {error && (
        <span id={errorId} class="pom-error">
          {error}
        </span>
      )}
    </div>
  );
}

export type SelectOption<V extends string> = { value: V; label: string };

type SelectFieldProps<V extends string> = {
  label: string;
  hint?: string;
  value: V | '';
  options?: readonly SelectOption<V>[];
  /** Options under their own headings, after the plain ones. */
  groups?: readonly { label: string; options: readonly SelectOption<V>[] }[];
  /** The words for "none chosen"; without it the list has no empty choice. */
  empty?: string;
  onChange: (value: V | '') => void;
};

/** A labelled drop-down list: the one way a choice from a list is built, so each is named and described. */
export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { label, hint, value, options = [], groups = [], empty, onChange } = props;
  const list = (items: readonly SelectOption<V>[]) =>
    items.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <Field label={label} hint={hint}>
      {(id, describedBy) => (
        <select
          id={id}
          aria-describedby={describedBy}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value as V | '')}
        >
          {empty !== undefined && <option value="">{empty}</option>}
          {list(options)}
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {list(g.options)}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

type NoticeProps = { tone?: 'info' | 'success' | 'warning' | 'error'; children: ComponentChildren };

/** Errors interrupt (role=alert); everything else is announced politely. */
export function Notice({ tone = 'info', children }: NoticeProps) {
  return (
    <div class="pom-notice" data-tone={tone} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

type CheckProps = { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string };

export function Check({ label, checked, onChange, hint }: CheckProps) {
  const id = useId();
  return (
    <div class="pom-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>
        {label}
        {hint && <span class="pom-hint"> {hint}</span>}
      </label>
    </div>
  );
}
