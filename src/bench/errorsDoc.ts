import { catalogue, type DiagnosticCode } from '../compiler/diagnostics/catalogue.ts';
import { DiagnosticSink } from '../compiler/diagnostics/diagnostics.ts';
import { formatDiagnostic } from '../compiler/diagnostics/formatDiagnostics.ts';
import { errorExamples } from './errorExamples.ts';

/** The families in the order authors meet them; the letter is a code's first character. */
const FAMILIES: ReadonlyArray<[letter: string, name: string]> = [
  ['Y', 'YAML'],
  ['F', 'Frontmatter'],
  ['L', 'Lesson files and folders'],
  ['P', 'Pages and Markdown'],
  ['Q', 'Knowledge check'],
  ['H', 'Raw HTML'],
  ['A', 'Assets (images)'],
  ['T', 'Theme'],
  ['C', 'Course'],
  ['R', 'Review: readability, review date, parallel languages, internal failures'],
];

const HEADER = `# Diagnostic codes

Every problem \`npm run check\` and \`npm run build\` report has a stable code. Each block below shows
what an author sees, with example values, the way the command line prints it:
\`path:line:col severity CODE message\` and an indented hint. Errors stop the build; warnings do not.

Generated from \`src/compiler/diagnostics/catalogue.ts\` by \`npm run errors-doc\`; do not edit by hand.
`;

/** docs/errors.md: every code of the catalogue with its severity, message, hint and an example line. */
export function renderErrorsDoc(): string {
  const codes = Object.keys(catalogue) as DiagnosticCode[];
  const unknown = codes.filter((code) => !FAMILIES.some(([letter]) => code.startsWith(letter)));
  if (unknown.length > 0) throw new Error(`No family for ${unknown.join(', ')}: add its letter to FAMILIES in errorsDoc.ts.`);
  const sections = FAMILIES.map(([letter, name]) => {
    const members = codes.filter((code) => code.startsWith(letter)).sort();
    return members.length === 0 ? '' : `\n## ${letter}: ${name}\n${members.map(renderCode).join('')}`;
  });
  return HEADER + sections.join('');
}

function renderCode<C extends DiagnosticCode>(code: C): string {
  const example = errorExamples[code];
  const sink = new DiagnosticSink(example.file ?? 'lessons/02-email/de.md');
  sink.report(code, example, ...example.params);
  const diagnostic = sink.items[0]!;
  return `
### ${code}

**${diagnostic.severity}**: ${markdownText(diagnostic.message)}

What to do: ${markdownText(diagnostic.hint)}

\`\`\`
${formatDiagnostic(diagnostic)}
\`\`\`
`;
}

/** Messages quote Markdown and HTML (`<script>`, `*name`, `- [x]`): shown as text, not rendered. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : `\\${char}`));
}
