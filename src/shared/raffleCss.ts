/**
 * The raffle's styles. The build adds them to the theme's stylesheet only when the theme has a raffle,
 * so a course without one carries none, and no <style> element is needed (the page's policy refuses those).
 * The form's fields are styled by FORM_CSS (formCss.ts), which the completion receipt shares.
 */
export const RAFFLE_CSS = `.raffle-panel { border: 2px solid var(--w-color-accent); border-radius: var(--w-radius); padding: 0 1rem 1rem; margin: 1rem 0; }
.raffle-phrase .phrase { font-size: 1.6rem; font-weight: 700; letter-spacing: 0.15em; }
.raffle-letters { font-weight: 700; }
.raffle-text { white-space: pre-line; }
.consent { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0.75rem 0; }
.consent input { width: 1.3rem; height: 1.3rem; margin-top: 0.2rem; }
.consent { flex-wrap: wrap; }
.consent label { flex: 1 1 0; min-width: 12rem; }
.consent .link-button { flex-basis: 100%; text-align: start; padding-inline-start: 1.8rem; }
.consent input[aria-invalid='true'] { border-color: var(--w-color-wrong); outline: 2px solid var(--w-color-wrong); }`;
