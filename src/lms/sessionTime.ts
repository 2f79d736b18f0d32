/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS (hours two to four digits). */
export function sessionTime12(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360000));
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval: an ISO 8601 duration such as PT1H5M30.25S. */
export function sessionTime2004(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  const secondText = Number.isInteger(seconds) ? String(seconds) : seconds.toFixed(2).replace(/0$/, '');
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${secondText}S`;
}
