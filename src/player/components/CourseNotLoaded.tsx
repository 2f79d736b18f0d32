/**
 * What shows when not even the lesson index could be loaded (the server is gone, a file is missing). The
 * UI strings come with that index, so these few words are here, in German and English.
 */
export function CourseNotLoaded() {
  return (
    <main id="main" tabIndex={-1}>
      <div class="notice" role="alert">
        <p lang="de">Der Kurs konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.</p>
        <p lang="en">The course could not be loaded. Check the connection and try again.</p>
        <button type="button" class="button" onClick={() => location.reload()}>
          <span lang="de">Erneut versuchen</span> / <span lang="en">Try again</span>
        </button>
      </div>
    </main>
  );
}
