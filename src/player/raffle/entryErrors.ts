import { type PersonField, personErrors } from '../outbox/personFields.tsx';

/** A field of the entry form that is not filled in as it must be, with the message that says what to do. */
export interface EntryError {
  field: PersonField;
  message: 'raffleNameMissing' | 'raffleEmailMissing' | 'raffleEmailInvalid' | 'raffleConsentMissing';
}

/** Every problem of the form, in the order of its fields, so focus can go to the first. */
export function entryErrors(name: string, email: string, consent: boolean): EntryError[] {
  return personErrors(name, email, consent).map(({ field, problem }) => ({ field, message: `raffle${problem}` as const }));
}

/** The id of a field's input and of its message, which `aria-describedby` ties together. */
export const fieldId = (field: EntryError['field']) => `raffle-${field}`;
export const errorId = (field: EntryError['field']) => `raffle-${field}-error`;
