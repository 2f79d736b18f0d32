/** A field of the entry form that is not filled in as it must be, with the message that says what to do. */
export interface EntryError {
  field: 'name' | 'email' | 'consent';
  message: 'raffleNameMissing' | 'raffleEmailMissing' | 'raffleEmailInvalid' | 'raffleConsentMissing';
}

/** Every problem of the form, in the order of its fields, so focus can go to the first. */
export function entryErrors(name: string, email: string, consent: boolean): EntryError[] {
  const errors: EntryError[] = [];
  if (!name.trim()) errors.push({ field: 'name', message: 'raffleNameMissing' });
  if (!email.trim()) errors.push({ field: 'email', message: 'raffleEmailMissing' });
  else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())) errors.push({ field: 'email', message: 'raffleEmailInvalid' });
  if (!consent) errors.push({ field: 'consent', message: 'raffleConsentMissing' });
  return errors;
}

/** The id of a field's input and of its message, which `aria-describedby` ties together. */
export const fieldId = (field: EntryError['field']) => `raffle-${field}`;
export const errorId = (field: EntryError['field']) => `raffle-${field}-error`;
