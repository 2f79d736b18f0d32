import type { DiagnosticCode, ParamsOf } from './diagnosticParams.ts';
import type { Severity } from './severity.ts';

export type { DiagnosticCode, DiagnosticParams, ParamsOf, YamlPlace } from './diagnosticParams.ts';

/** One code's severity and texts; both texts take the code's own parameters (see diagnosticParams.ts). */
export interface CatalogueEntry<C extends DiagnosticCode> {
  severity: Severity;
  /** What is wrong. */
  message: (...params: ParamsOf<C>) => string;
  /** What to do about it. */
  hint: (...params: ParamsOf<C>) => string;
}

/** The catalogue as the sink reads it: every code, each entry typed by its own code. */
export type Catalogue = { [C in DiagnosticCode]: CatalogueEntry<C> };

/**
 * Every diagnostic the compiler can report. Codes are stable: authors search for them.
 * Y: YAML, F: frontmatter, L: lesson files, P: pages and Markdown, Q: knowledge check,
 * H: raw HTML, A: assets, T: theme, C: course.
 */
export const catalogue = {
  Y001: {
    severity: 'error',
    message: ({ detail }) => `Invalid YAML: ${detail}`,
    hint: () => 'check indentation and quote values that contain a colon, e.g. title: "Phishing: what now?"',
  },
  Y002: {
    severity: 'error',
    message: ({ max }) => `The YAML repeats values through aliases (*name) more than ${max} times.`,
    hint: () => 'write the values out instead of repeating them with "&name" and "*name"; so many repeats are a way to exhaust memory.',
  },
  Y003: {
    severity: 'error',
    message: ({ max }) => `The YAML is nested more than ${max} levels deep.`,
    hint: () => 'check the indentation and the brackets from this line on: lessons and themes need only a few levels.',
  },
  F001: {
    severity: 'error',
    message: ({ key, where = 'frontmatter' }) => `Unknown ${where} key "${key}".`,
    hint: ({ allowed }) => `allowed keys are: ${allowed.join(', ')}. Unknown keys are usually typos.`,
  },
  F002: {
    severity: 'error',
    message: ({ key, where = 'frontmatter' }) => `Missing ${where} key "${key}".`,
    hint: ({ key, where = 'frontmatter' }) =>
      where === 'frontmatter'
        ? `add a line "${key}: …" between the two "---" lines at the top.`
        : `add "${key.split('.').pop()}: …" under ${key.split('.').slice(0, -1).join('.') || 'the top level'} in ${where === 'theme' ? 'theme.yaml' : 'glossary.yaml'}.`,
  },
  F003: {
    severity: 'error',
    message: ({ key, detail, where = 'frontmatter' }) =>
      `${{ frontmatter: 'Frontmatter', theme: 'Theme', glossary: 'Glossary' }[where]} key "${key}": ${detail}.`,
    hint: ({ key, example }) => `write it like this: ${example || `${key}: …`}`,
  },
  F004: {
    severity: 'error',
    message: () => 'The lesson has no frontmatter.',
    hint: () => 'start the file with a "---" line, the keys title, summary, objectives, reviewed and sources, and another "---" line.',
  },
  F005: {
    severity: 'error',
    message: () => 'The frontmatter is not a list of keys.',
    hint: ({ example }) => `write one "key: value" per line, e.g. ${example}`,
  },
  L001: {
    severity: 'error',
    message: ({ id, other }) => `Duplicate lesson id "${id}" (also ${other}).`,
    hint: () => 'lesson ids are folder names compared without case (Windows file shares and some LMSs ignore case); rename one of the folders.',
  },
  L002: {
    severity: 'warning',
    message: ({ id, lang }) => `Lesson "${id}" has no ${lang} version.`,
    hint: ({ lang, fallback }) => `add ${lang}.md to the lesson folder; until then learners see the ${fallback} text.`,
  },
  L003: {
    severity: 'error',
    message: () => 'The lesson is empty: it has no page text.',
    hint: () => 'add at least one page: a "## Heading" followed by text.',
  },
  L004: {
    severity: 'error',
    message: ({ name }) => `Invalid lesson folder name "${name}".`,
    hint: () => 'use letters, digits and hyphens only (no spaces, umlauts or underscores), starting with the order number, e.g. "02-email".',
  },
  L005: {
    severity: 'warning',
    message: ({ name }) => `Ignored file "${name}": lesson files are named after a course language.`,
    hint: ({ languages }) => `name the file after one of the course languages: ${languages.join(', ')}.`,
  },
  L006: {
    severity: 'error',
    message: ({ dir }) => `No lessons found in "${dir}".`,
    hint: () => 'each lesson is a folder such as "02-email" holding de.md and en.md.',
  },
  L007: {
    severity: 'error',
    message: ({ name }) => `The lesson folder "${name}" holds no lesson file.`,
    hint: ({ languages }) =>
      `add the lesson text as a Markdown file named after a course language (${languages.map((lang) => `${lang}.md`).join(', ')}), or remove the folder.`,
  },
  L008: {
    severity: 'error',
    message: ({ what }) => `The ${what} is a symbolic link.`,
    hint: () => 'replace the link with the folder or file itself: a link could publish any file of the machine that builds the course.',
  },
  L009: {
    severity: 'warning',
    message: ({ term, use }) => `"${term}": the glossary asks for "${use}".`,
    hint: ({ note, glossary }) =>
      `${note ? `${note} ` : ''}One term for one thing throughout the course; the terms to avoid and their replacements are in ${glossary}.`,
  },
  L010: {
    severity: 'warning',
    message: ({ declared, estimate, words, questions }) =>
      `duration: ${declared} minutes, but the text reads in about ${estimate} (${words.toLocaleString('en')} words, ${questions} questions).`,
    hint: ({ estimate, formula }) =>
      `set "duration: ${estimate}", or delete the line: the course then shows the estimate. It is ${formula}; a declared duration more than 30 % and more than 2 minutes away from it gets this warning.`,
  },
  P001: {
    severity: 'warning',
    message: () => 'A "#" heading in the lesson body.',
    hint: () => 'the lesson title comes from the frontmatter; start pages with "## Page title".',
  },
  P002: {
    severity: 'warning',
    message: ({ src }) => `Image "${src}" has no text alternative.`,
    hint: () => 'describe the picture for people who cannot see it: ![A mail with a fake login link](mail.svg)',
  },
  P003: {
    severity: 'error',
    message: ({ placeholder }) => `The theme does not define ${placeholder}.`,
    hint: ({ known }) => `add it under organisation.variables in theme.yaml, or use one the theme defines: ${known.join(', ') || '(none yet)'}.`,
  },
  P004: {
    severity: 'error',
    message: ({ length, max }) => `A line of ${length.toLocaleString('en')} characters; at most ${max.toLocaleString('en')} are allowed.`,
    hint: () => 'break the text into shorter paragraphs; the rest of this line was not read.',
  },
  A001: {
    severity: 'error',
    message: ({ src }) => `Missing image "${src}".`,
    hint: () => 'put the file into the lesson folder beside the Markdown file, and check the spelling and case of its name.',
  },
  A002: {
    severity: 'error',
    message: ({ src }) => `Image "${src}" is loaded from another host.`,
    hint: () => 'the course must work without Internet: put the file into the lesson folder and link it by name.',
  },
  A003: {
    severity: 'error',
    message: ({ src }) => `Image "${src}" is outside the lesson folder.`,
    hint: () => 'copy the file into the lesson folder and link it by its name: each lesson is published in a folder of its own, so paths with ".." break.',
  },
  A005: {
    severity: 'error',
    message: ({ src, bytes, maxBytes }) => `Image "${src}" is ${megabytes(bytes)} MB; the offline bundle keeps files of at most ${megabytes(maxBytes)} MB.`,
    hint: () => 'export it smaller: an illustration is usually well under 1 MB as SVG, or as WebP or JPEG 1600 pixels wide.',
  },
  A006: {
    severity: 'error',
    message: ({ src, extension }) => `Image "${src}" has the type ${extension ? `.${extension}` : 'no extension'}, which the course cannot use.`,
    hint: () => 'save it as SVG, PNG, JPEG, WebP, AVIF or GIF: only these show in every browser and are kept for offline use.',
  },
  A007: {
    severity: 'warning',
    message: ({ what }) => `Removed ${what} from this SVG: it could run script or load from elsewhere when the file is opened.`,
    hint: () =>
      'the published file is this SVG without it; an illustration needs no script, event handler, foreignObject or link to other files. Remove it from the file to silence this warning.',
  },
  A008: {
    severity: 'error',
    message: ({ problem }) => `This SVG cannot be read: ${problem}.`,
    hint: () => 'open it in an SVG editor (e.g. Inkscape) and save it again as plain SVG, or export it as PNG.',
  },
  A009: {
    severity: 'error',
    message: ({ src, why }) => `Image "${src}" ${why === 'symlink' ? 'is a symbolic link' : 'really lies outside the lesson folder'}.`,
    hint: () => 'put a copy of the file itself into the lesson folder: a link could publish any file of the machine that builds the course.',
  },
  H001: {
    severity: 'warning',
    message: ({ what }) => `Raw HTML ${what} is not allowed and was removed.`,
    hint: () => 'use Markdown instead; allowed HTML is limited to simple formatting such as <kbd>, <abbr>, <sup> and tables.',
  },
  H002: {
    severity: 'warning',
    message: ({ href, why }) => `Link "${href}" was removed: ${why}.`,
    hint: () => 'the text stays on the page, but is no longer a link. Link only to https:, http:, mailto: or tel: addresses.',
  },
  H003: {
    severity: 'warning',
    message: ({ style, element }) => `Style "${style}" on <${element}> was removed.`,
    hint: () =>
      'the element shows without it. Lessons take their look from the theme; only text-align (left, right, center) is kept on table cells, and nothing may load from url().',
  },
  Q001: {
    severity: 'error',
    message: ({ question }) => `Question "${question}" has no correct answer.`,
    hint: () => 'mark at least one answer with "- [x]".',
  },
  Q002: {
    severity: 'error',
    message: ({ question, count }) => `Question "${question}" has ${count} answer(s); at least two are needed.`,
    hint: () => 'add answers as a list under the question: "- [ ] wrong answer" and "- [x] right answer".',
  },
  Q003: {
    severity: 'warning',
    message: ({ answer }) => `Answer "${answer}" has no feedback.`,
    hint: () => 'add a line under the answer, indented by two spaces: "  > Why this is right or wrong."',
  },
  Q004: {
    severity: 'error',
    message: () => 'The knowledge check has no questions.',
    hint: () => 'inside "::: check", start each question with "### Question text" followed by its answers.',
  },
  Q005: {
    severity: 'error',
    message: ({ what }) => `Unexpected ${what} in the knowledge check.`,
    hint: () => 'a question is a "###" heading, optional text, a list of "- [ ]"/"- [x]" answers with "  >" feedback, then an optional explanation.',
  },
  Q006: {
    severity: 'error',
    message: () => 'The knowledge check is not closed.',
    hint: () => 'end the check with a line holding only ":::".',
  },
  Q007: {
    severity: 'warning',
    message: () => 'The lesson has no knowledge check.',
    hint: () => 'end the lesson with a "::: check" container; it then counts as completed once all pages are read.',
  },
  Q008: {
    severity: 'error',
    message: ({ answer }) => `Answer "${answer}" is not marked as right or wrong.`,
    hint: () => 'start every answer with "[ ] " (wrong) or "[x] " (right), e.g. "- [x] Report the mail."',
  },
  Q009: {
    severity: 'error',
    message: ({ number }) => `Answer #${number} has no text.`,
    hint: () => 'write the answer after its marker, e.g. "- [x] Report the mail.", or remove the empty list item.',
  },
  Q010: {
    severity: 'error',
    message: ({ label }) => `Question ${label} has no text.`,
    hint: () => 'write the question after "### ", e.g. "### What do you do with a suspicious mail?"',
  },
  Q011: {
    severity: 'warning',
    message: ({ question, right, longestWrong }) =>
      `Question "${question}": the right answer is clearly the longest (${right} characters; the longest wrong one has ${longestWrong}).`,
    hint: ({ rule }) =>
      `learners who guess pick the longest option. Shorten the right answer or make a wrong one a longer, plausible near-miss. "Clearly" means ${rule}.`,
  },
  Q012: {
    severity: 'warning',
    message: ({ lang, longest, singleChoice, maxPercent }) =>
      `In ${lang}, the right answer is the longest option in ${longest} of ${singleChoice} single-choice questions (${percent(longest, singleChoice)} %); at most ${maxPercent} % wanted.`,
    hint: () =>
      'with three or four options, chance is 25 to 33 %: above that, the length gives the answer away. Shorten right answers or lengthen wrong ones (Q011 names the clearest cases); `npm run check` prints the share per language.',
  },
  Q013: {
    severity: 'warning',
    message: ({ question, other, otherQuestion }) => `Question "${question}" is nearly the same as "${otherQuestion}" in ${other}.`,
    hint: ({ similarity, rule }) =>
      `each lesson's check should test that lesson: replace one of the two with a scenario from its own topic. Similarity ${similarity.toFixed(2)}: ${rule}.`,
  },
  T001: {
    severity: 'error',
    message: ({ file }) => `Theme file "${file}" not found.`,
    hint: () => 'pass a theme folder holding theme.yaml, e.g. --theme themes/default.',
  },
  T002: {
    severity: 'error',
    message: ({ file, key }) => `Theme file "${file}" (${key}) not found.`,
    hint: () => 'put the file into the theme folder, next to theme.yaml, and check the spelling and case of its name.',
  },
  T003: {
    severity: 'error',
    message: ({ file, bytes }) => `Logo "${file}" is ${Math.ceil(bytes / 1024)} KB; at most 200 KB are allowed.`,
    hint: () => 'export a smaller file: an SVG logo is usually under 20 KB; a PNG twice the header size (about 400 × 160 pixels) is enough.',
  },
  T004: {
    severity: 'error',
    message: ({ mode, foreground, foregroundKey, background, backgroundKey, ratio, use, required }) =>
      `Colour contrast too low in ${mode} mode: ${foreground} (${foregroundKey}) on ${background} (${backgroundKey}) is ${ratio.toFixed(2)}:1; ${use} need at least ${required}:1.`,
    hint: ({ mode, fix, suggestion, required, far }) => {
      const line = `brand.colors.${mode}.${fix}: "${suggestion}"`;
      if (!far) return `the nearest colour that passes is ${suggestion}: ${line}.`;
      const shade = `a ${far.direction} shade that passes: ${line}`;
      const close = `no shade close to ${far.colour} reaches ${required}:1 against ${far.against}`;
      if (!far.accent) return `${close}; use ${shade}.`;
      const { accent } = far;
      return `${close}. Use it as an accent colour only (progress bars need 3:1; brand.colors.${accent.mode}.accent: "${far.colour}" has ${accent.ratio.toFixed(2)}:1 on ${accent.background}), or use ${shade}.`;
    },
  },
  T005: {
    severity: 'error',
    message: ({ id }) => `course.lessons names "${id}", which is no lesson.`,
    hint: ({ known }) => `lesson ids are the folder names in lessons/ and in the theme's lessons/ folder: ${known.join(', ')}.`,
  },
  T006: {
    severity: 'error',
    message: ({ id }) => `raffle.requiredLessons names "${id}", which is not a lesson of this course.`,
    hint: ({ known }) => `use ids of the course's lessons: ${known.join(', ')}.`,
  },
  T007: {
    severity: 'error',
    message: ({ lang, length, max }) => `The course title (${lang}) has ${length} characters; SCORM 1.2 packages allow at most ${max}.`,
    hint: () => 'shorten course.title: LMS catalogues show about 60 characters; put the rest into course.description.',
  },
  T008: {
    severity: 'error',
    message: ({ file, key, why }) =>
      `Theme file "${file}"${key ? ` (${key})` : ''} ${why === 'symlink' ? 'is a symbolic link' : 'really lies outside the theme folder'}.`,
    hint: () => 'put a copy of the file itself into the theme folder: a link could publish any file of the machine that builds the course.',
  },
  T009: {
    severity: 'warning',
    message: () => 'The accessibility statement names no way to report a barrier.',
    hint: () =>
      'add accessibility.contact to theme.yaml with an email, phone, url or note (e.g. a postal address) where people report barriers and ask for content in another form.',
  },
  T010: {
    severity: 'warning',
    message: ({ key, text }) => `${key} still holds "${text.length > 60 ? `${text.slice(0, 57)}…` : text}", a placeholder from the default theme.`,
    hint: ({ replaceWith, orDelete }) => `replace it with ${replaceWith}${orDelete ? `, or delete the key ${orDelete}` : ''}.`,
  },
  T011: {
    severity: 'warning',
    message: ({ lightPrimary, darkPrimary }) =>
      `The light colours are your own (primary ${lightPrimary}), but the dark colours are still the default theme's (primary ${darkPrimary}): dark mode would show Wachsam's blue, not yours.`,
    hint: () =>
      'delete the block brand.colors.dark to get dark colours derived from your light ones, or set your own dark colours there (the build checks their contrast).',
  },
  C001: {
    severity: 'error',
    message: ({ id, max }) => `Lesson id "${id.slice(0, 40)}…" has ${id.length} characters; at most ${max} are allowed.`,
    hint: () => 'rename the lesson folder: its name becomes a SCORM objective id, part of bookmarks and of every file path in the packages.',
  },
  R001: {
    severity: 'warning',
    message: ({ formula, score, minimum, wordsPerSentence }) =>
      `Hard to read: ${formula} ${score.toFixed(1)} (at least ${minimum} wanted), ${wordsPerSentence.toFixed(1)} words per sentence.`,
    hint: () => 'use shorter sentences (10 to 15 words) and shorter, common words; split long compound words.',
  },
  R002: {
    severity: 'warning',
    message: ({ words, start }) => `A sentence of ${words} words: "${start} …".`,
    hint: () => 'split it: at most 25 words per sentence, one idea each.',
  },
  R003: {
    severity: 'warning',
    message: ({ reviewed, months }) => `The facts were last reviewed ${reviewed}, ${months} months ago.`,
    hint: () => 'check the facts against the sources, then set reviewed: to this month (YYYY-MM).',
  },
  R004: {
    severity: 'warning',
    message: ({ lang, other, shape, otherShape }) => `The ${lang} version has ${shape}; the ${other} version has ${otherShape}.`,
    hint: () => 'keep the language versions parallel: the same pages, questions and answers in the same order.',
  },
  R005: {
    severity: 'error',
    message: ({ what, detail }) => `Wachsam failed while ${what}: ${detail}`,
    hint: () => 'this is a bug in Wachsam, not in your text; the other files were checked. Please report it together with this file.',
  },
} satisfies Catalogue;

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
