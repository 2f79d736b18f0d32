import { usePlayer } from '../playerContext.ts';
import { navigate } from '../router.ts';

interface SearchFormProps {
  /** The input's id, unique in the page (the header's field and the results page's field are both there). */
  id: string;
  query?: string;
  /** The header's form is the page's search landmark; the results page's field is a plain form inside main. */
  landmark?: boolean;
}

/** A labelled search field; submitting opens `#/search?q=…` (an empty query: the search page with its field only). */
export function SearchForm({ id, query = '', landmark = false }: SearchFormProps) {
  const { t } = usePlayer();
  const submit = (event: Event) => {
    event.preventDefault();
    const field = (event.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    navigate({ name: 'search', query: field.value.trim() });
  };
  return (
    <form class="search-form" role={landmark ? 'search' : undefined} aria-label={landmark ? t('searchLandmark') : undefined} onSubmit={submit}>
      <label for={id} class={landmark ? 'visually-hidden' : undefined}>
        {t('searchLabel')}
      </label>
      {/* In the header the label is hidden to save room: the placeholder shows sighted learners what the field is for. */}
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={query}
        autocomplete="off"
        enterkeyhint="search"
        placeholder={landmark ? t('searchLandmark') : undefined}
      />
      <button type="submit">{t('searchButton')}</button>
    </form>
  );
}
