/**
 * The styles of the forms that send something (the raffle's entry form, the completion receipt): fields,
 * their messages, the error summary. Added to the theme's stylesheet only in builds with one of them.
 */
export const FORM_CSS = `.field { display: grid; gap: 0.25rem; margin: 0.75rem 0; max-width: 28rem; }
.field input { font: inherit; padding: 0.5rem; border: 2px solid var(--w-color-border); border-radius: var(--w-radius);
  background: var(--w-color-background); color: var(--w-color-text); }
.link-button { font: inherit; background: none; border: 0; padding: 0; color: var(--w-color-primary); text-decoration: underline; cursor: pointer; }
.field-error { color: var(--w-color-wrong); font-weight: 700; margin: 0; }
.field input[aria-invalid='true'] { border-color: var(--w-color-wrong); outline: 2px solid var(--w-color-wrong); }
.error-summary { border: 3px solid var(--w-color-wrong); border-radius: var(--w-radius); padding: 0.5rem 1rem; margin: 0.75rem 0; }
.error-summary p { margin: 0; font-weight: 700; }`;

/** The completion receipt's panel; with FORM_CSS, only in builds that offer it. */
export const COMPLETION_CSS = `.completion-receipt { border: 2px solid var(--w-color-accent); border-radius: var(--w-radius); padding: 0 1rem 1rem; margin: 1rem 0; }
.completion-privacy { white-space: pre-line; }`;
