/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): = + - @, a tab or
 * carriage return in front of one, and the full-width forms Apple Numbers folds into them.
 */
const FORMULA_START = '=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20';

/**
 * Where a spreadsheet may start a new cell inside a field: a line break (when it splits a row on every
 * line break, quoted or not), a comma or semicolon (when it splits with its own list separator, such as
 * German Excel's ";", instead of the file's), and a tab (a text import set to tab).
 */
const CELL_BREAK = ',;\\t\\r\\n';

// A cell that begins with spaces or quotes before the formula character is still risky in some spreadsheets.
const formulaAtStart = new RegExp(`^(?=[ "]*[${FORMULA_START}])`);
const formulaAfterBreak = new RegExp(`([${CELL_BREAK}])(?=[ "]*[${FORMULA_START}])`, 'g');

/**
 * Text as a spreadsheet must show it, not run it: a `'` goes in front of a formula character at the start
 * of the field and wherever a spreadsheet might start a new cell inside it, so "Anna\n=1+1" becomes
 * "Anna\n'=1+1" and "Anna;=1+1" becomes "Anna;'=1+1". Spreadsheets show the `'` in the middle of a cell,
 * which is a small price for names no one types that way.
 */
export function defuseFormulas(text: string): string {
  return text.replace(formulaAfterBreak, "$1'").replace(formulaAtStart, "'");
}

/** Fields a spreadsheet could split on its own separator or a line break: they are always quoted. */
export const alwaysQuoted = [',', ';', '\t', '\r', '\n'];
