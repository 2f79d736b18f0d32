/**
 * The name and work e-mail fields that the raffle's entry form and the completion receipt share: their
 * checks, and the field with its label and message. Each form names its own strings and ids by `prefix`
 * (`raffleNameMissing`, `#raffle-name`; `completionNameMissing`, `#completion-name`).
 */

export type PersonField = 'name' | 'email' | 'consent';

/** A field that is not filled in as it must be, with the key (after the form's prefix) of the message that says what to do. */
export interface PersonError {
  field: PersonField;
  problem: 'NameMissing' | 'EmailMissing' | 'EmailInvalid' | 'ConsentMissing';
}

/** Every problem, in the order of the fields, so focus can go to the first. `consent` only for forms that ask for it. */
export function personErrors(name: string, email: string, consent?: boolean): PersonError[] {
  const errors: PersonError[] = [];
  if (!name.trim()) errors.push({ field: 'name', problem: 'NameMissing' });
  if (!email.trim()) errors.push({ field: 'email', problem: 'EmailMissing' });
  else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())) errors.push({ field: 'email', problem: 'EmailInvalid' });
  if (consent === false) errors.push({ field: 'consent', problem: 'ConsentMissing' });
  return errors;
}

interface TextFieldProps {
  field: 'name' | 'email';
  /** The input's id; its message gets `${id}-error`. */
  id: string;
  label: string;
  /** The field's error message, shown above it and tied to it with aria-describedby. */
  error: string | undefined;
  value: string;
  onValue: (value: string) => void;
}

/** A required text field, with its label and, after a failed attempt, its message. */
export function TextField({ field, id, label, error, value, onValue }: TextFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
      <input
        id={id}
        {...(field === 'email' ? { type: 'email' } : { type: 'text' })}
        name={field}
        autoComplete={field}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
    </div>
  );
}
