import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../shared/courseModel.ts';
import { passMarkOf } from '../../shared/courseModel.ts';
import { RaffleLetters } from '../raffle/RaffleLetters.tsx';
import { metaOf, usePlayer } from '../playerContext.ts';
import { answerOrder } from '../state/answerOrder.ts';
import { promptSaysChooseAll } from '../state/promptSaysChooseAll.ts';
import { finishCheck, goToQuestion, isRight, selectAnswers, submitAnswer, type CheckProgress } from '../../shared/progress.ts';

interface Props {
  lessonId: string;
  question: Question;
  index: number;
  total: number;
  check: CheckProgress;
  questions: readonly Question[];
}

/** One question as a real form: radio buttons or checkboxes in a fieldset, feedback on every answer. */
export function QuestionForm({ lessonId, question, index, total, check, questions }: Props) {
  const { course, lang, t, update } = usePlayer();
  const [warning, setWarning] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const feedback = useRef<HTMLDivElement>(null);
  const selected = check.selected[question.id] ?? [];
  const submitted = check.submitted.includes(question.id);
  const correctIds = question.answers.filter((answer) => answer.correct).map((answer) => answer.id);
  const right = isRight(correctIds, selected);
  const order = answerOrder(
    question.answers.map((answer) => answer.id),
    question.id,
    check.seed,
    check.previousSeed,
  );
  const answers = order.map((id) => question.answers.find((answer) => answer.id === id)!);
  const last = index === total - 1;
  const hintId = `${question.id}-hint`;
  const hint = !question.multiple ? 'chooseOne' : promptSaysChooseAll(question.prompt) ? undefined : 'chooseAll';

  // Before the browser paints, like the feedback below: a learner who tabs on as soon as the next question
  // shows must not have focus taken back to its heading a moment later (seen in keyboard tests under load).
  useLayoutEffect(() => {
    if (index > 0 || check.attempt > 1) heading.current?.focus();
  }, []);
  const wasSubmitted = useRef(submitted);
  // Before the browser paints: the feedback never shows with focus still on the button below it.
  useLayoutEffect(() => {
    // The learner reads on at the verdict: focus goes there (which makes screen readers read it, so
    // it is no live region as well: that would announce it twice) and "Next" is the next Tab stop.
    if (submitted && !wasSubmitted.current) showFeedback(feedback.current);
    wasSubmitted.current = submitted;
  }, [submitted]);

  const choose = (answerId: string, checked: boolean) => {
    setWarning(false);
    const next = question.multiple
      ? checked
        ? [...selected.filter((id) => id !== answerId), answerId]
        : selected.filter((id) => id !== answerId)
      : [answerId];
    update((state) => selectAnswers(state, lessonId, question.id, next));
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (submitted) return advance();
    if (selected.length === 0) return setWarning(true);
    update((state) => submitAnswer(state, lessonId, question.id));
  };
  const advance = () => {
    if (!last) return update((state) => goToQuestion(state, lessonId, index + 1));
    const key = questions.map((q) => ({ id: q.id, correct: q.answers.filter((a) => a.correct).map((a) => a.id) }));
    update((state) => finishCheck(state, lessonId, key, passMarkOf(course, metaOf(course, lessonId, lang)!)));
  };

  return (
    <form class="question" onSubmit={onSubmit} noValidate>
      <h2 ref={heading} tabIndex={-1} class="question-count">
        {t('questionOf', { index: index + 1, total })}
      </h2>
      {question.stem && <div class="question-stem" dangerouslySetInnerHTML={{ __html: question.stem }} />}
      <fieldset aria-describedby={hint ? hintId : undefined}>
        <legend dangerouslySetInnerHTML={{ __html: question.prompt }} />
        {hint && (
          <p id={hintId} class="question-hint">
            {t(hint)}
          </p>
        )}
        <ul class="answers">
          {answers.map((answer) => {
            const chosen = selected.includes(answer.id);
            const inputId = `${question.id}-${answer.id}`;
            const state = submitted ? (answer.correct ? 'right' : 'wrong') : '';
            return (
              <li key={answer.id} class={`answer ${state} ${chosen ? 'chosen' : ''}`}>
                <input
                  id={inputId}
                  type={question.multiple ? 'checkbox' : 'radio'}
                  name={question.id}
                  value={answer.id}
                  checked={chosen}
                  disabled={submitted}
                  onChange={(event) => choose(answer.id, (event.currentTarget as HTMLInputElement).checked)}
                />
                {/* biome-ignore lint/a11y/noLabelWithoutControl: `for` names the input; the text is the answer's HTML */}
                <label for={inputId} dangerouslySetInnerHTML={{ __html: answer.html }} />
                {submitted && (
                  <div class="answer-feedback">
                    <p class="answer-verdict">
                      {t(answer.correct ? 'rightAnswer' : 'wrongAnswer')}
                      {chosen && ` · ${t('yourChoice')}`}
                    </p>
                    {answer.feedback && <div dangerouslySetInnerHTML={{ __html: answer.feedback }} />}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div class="question-status" role="status" aria-live="polite">
        {warning && <p class="warning">{t('selectFirst')}</p>}
      </div>
      {submitted && (
        <div ref={feedback} class="feedback" tabIndex={-1}>
          <p class={`verdict ${right ? 'right' : 'wrong'}`}>
            {right ? t('correct') : question.multiple && selected.some((id) => correctIds.includes(id)) ? t('partlyMissing') : t('incorrect')}
          </p>
          {!right && (
            <p>
              {t('rightAnswer')}:{' '}
              {answers
                .filter((a) => a.correct)
                .map((a) => plain(a.html))
                .join('; ')}
            </p>
          )}
          {/* What the marks beside the answers show, for whoever hears this block rather than sees the list above. */}
          <div class="visually-hidden">
            <p>{t('answersHeading')}</p>
            <ul class="answer-summary">
              {answers.map((answer) => (
                <li key={answer.id}>
                  {plain(answer.html)}: {t(answer.correct ? 'rightAnswer' : 'wrongAnswer')}
                  {selected.includes(answer.id) && ` · ${t('yourChoice')}`}. {answer.feedback && plain(answer.feedback)}
                </li>
              ))}
            </ul>
          </div>
          {question.explanation && <div class="explanation" dangerouslySetInnerHTML={{ __html: question.explanation }} />}
          {__WACHSAM_RAFFLE__ && right && <RaffleLetters lessonId={lessonId} question={question} />}
        </div>
      )}
      <div class="actions">
        {submitted ? (
          <button type="submit" class="button">
            {last ? t('showResult') : t('nextQuestion')}
          </button>
        ) : (
          <button type="submit" class="button">
            {t('submitAnswer')}
          </button>
        )}
      </div>
    </form>
  );
}

/** Focus the feedback and bring it into view; a block taller than the window shows its start. */
function showFeedback(element: HTMLElement | null): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: element.offsetHeight > innerHeight ? 'start' : 'nearest' });
}

function plain(html: string): string {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element.textContent ?? '';
}
