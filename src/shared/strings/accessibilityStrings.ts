/**
 * The accessibility statement's link and title, merged into the player's strings in App.tsx; the
 * statement's own texts load with its page (`src/shared/accessibilityStatementStrings.ts`).
 */
export const accessibilityStrings = {
  de: { a11yTitle: 'Erklärung zur Barrierefreiheit' },
  en: { a11yTitle: 'Accessibility statement' },
} satisfies Record<string, Record<string, string>>;
