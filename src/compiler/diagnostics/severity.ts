/** How bad a diagnostic is; its own file so the catalogue and the sink do not import each other. */
export type Severity = 'error' | 'warning';
