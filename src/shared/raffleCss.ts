/**
 * The raffle's styles. The build adds them to the theme's stylesheet only when the theme has a raffle,
 * so a course without one carries none, and no <style> element is needed (the page's policy refuses those).
 */
export const RAFFLE_CSS = `.raffle-panel { border: 2px solid var(--w-color-accent); border-radius: var(--w-radius); padding: 0 1rem 1rem; margin: 1rem 0; }
.raffle-phrase .phrase { font-size: 1.6rem; font-weight: 700; letter-spacing: 0.15em; }
.raffle-letters { font-weight: 700; }
.raffle-text { white-space: pre-line; }
.field { display: grid; gap: 0.25rem; margin: 0.75rem 0; max-width: 28rem; }
.field input { font: inherit; padding: 0.5rem; border: 2px solid var(--w-color-border); border-radius: var(--w-radius);
  background: var(--w-color-background); color: var(--w-color-text); }
.consent { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0.75rem 0; }
.consent input { width: 1.3rem; height: 1.3rem; margin-top: 0.2rem; }
.link-button { font: inherit; background: none; border: 0; padding: 0; color: var(--w-color-primary); text-decoration: underline; cursor: pointer; }
.consent { flex-wrap: wrap; }
.consent label { flex: 1 1 0; min-width: 12rem; }
.consent .link-button { flex-basis: 100%; text-align: start; padding-inline-start: 1.8rem; }
.field-error { color: var(--w-color-wrong); font-weight: 700; margin: 0; }
.field input[aria-invalid='true'], .consent input[aria-invalid='true'] { border-color: var(--w-color-wrong); outline: 2px solid var(--w-color-wrong); }
.error-summary { border: 3px solid var(--w-color-wrong); border-radius: var(--w-radius); padding: 0.5rem 1rem; margin: 0.75rem 0; }
.error-summary p { margin: 0; font-weight: 700; }`;
