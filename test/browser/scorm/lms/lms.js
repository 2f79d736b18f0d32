// A test LMS: scorm-again's LMS-side API, a log of every call the SCO makes, and a frame for the SCO.
// Driven from Playwright through window.lms.
(() => {
  const methods = {
    1.2: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
    2004: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
  };
  const lms = {
    log: [],
    api: undefined,
    finishedAt: -1,
    failCommits: 0,
    failSetValues: 0,
    refuseAll: false,
    throws: false,
    dropFinal: false,
    closing: false,
    committed: undefined,
    /**
     * Starts a session: version '1.2' or '2004', the SCO's URL, data the LMS holds, and quirks:
     * failCommits / failSetValues (how many commits / suspend_data values fail), refuseAll (every
     * SetValue is refused), throws (SetValue and Commit throw, as a blocked synchronous request
     * does), dropFinal (what the SCO commits while its window closes never arrives, as with ILIAS's
     * synchronous saving in Chrome).
     */
    start({ version, launch, preset, failCommits = 0, failSetValues = 0, refuseAll = false, throws = false, dropFinal = false, mode = 'frame' }) {
      const Api = version === '1.2' ? window.Scorm12API : window.Scorm2004API;
      const api = new Api({ lmsCommitUrl: false, autocommit: false, logLevel: 5 });
      if (preset) api.loadFromJSON(preset);
      lms.api = api;
      lms.committed = JSON.parse(JSON.stringify(api.cmi));
      Object.assign(lms, { failCommits, failSetValues, refuseAll, throws, dropFinal, closing: false });
      const [init, finish, , set, commit, lastError] = methods[version];
      let failing = '0';
      const wrapped = {};
      for (const method of methods[version]) {
        wrapped[method] = (...args) => {
          let result;
          if (lms.throws && (method === set || method === commit)) {
            lms.log.push({ method, args: args.map(String), result: 'threw', afterFinish: lms.finishedAt >= 0 });
            throw new Error('NetworkError: a synchronous request was blocked');
          }
          if (method === set && lms.refuseAll) {
            failing = '351';
            result = 'false';
          } else if ((method === commit || method === finish) && lms.failCommits > 0) {
            // Finish commits too, in every LMS: an LMS whose commits fail fails it as well.
            lms.failCommits--;
            failing = '391';
            result = 'false';
          } else if (method === set && lms.failSetValues > 0 && String(args[0]).startsWith('cmi.suspend_data')) {
            lms.failSetValues--;
            failing = '351';
            result = 'false';
          } else if (method === lastError && failing !== '0') {
            result = failing;
            failing = '0';
          } else {
            result = api[method](...args);
          }
          lms.log.push({ method, args: args.map(String), result: String(result), afterFinish: lms.finishedAt >= 0 });
          // What a commit (or the commit inside finish) saved is what the next launch starts from.
          if ((method === commit || method === finish) && String(result) === 'true' && !(lms.dropFinal && lms.closing)) {
            lms.committed = JSON.parse(JSON.stringify(api.cmi));
          }
          if (method === finish && lms.finishedAt < 0) lms.finishedAt = lms.log.length - 1;
          return result;
        };
      }
      window[version === '1.2' ? 'API' : 'API_1484_11'] = wrapped;
      if (mode === 'opener') {
        window.open(launch, 'sco');
      } else {
        const frame = document.createElement('iframe');
        frame.title = 'Course';
        frame.src = launch;
        document.body.append(frame);
      }
      void init;
    },
    /** The value the SCO last set successfully for an element. */
    lastSet(element) {
      const setName = lms.log.find((entry) => entry.method.endsWith('SetValue'))?.method;
      const hits = lms.log.filter((entry) => entry.method === setName && entry.args[0] === element && entry.result === 'true');
      return hits.length ? hits[hits.length - 1].args[1] : undefined;
    },
    /** What the last successful commit saved, as scorm-again renders it: the data a relaunch starts from. */
    stored() {
      return JSON.parse(JSON.stringify(lms.committed));
    },
    /** Removes the SCO's frame, as an LMS does when the learner leaves. */
    close() {
      lms.closing = true;
      document.querySelector('iframe')?.remove();
    },
  };
  window.lms = lms;
})();
