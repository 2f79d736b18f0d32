import { useEffect, useRef, useState } from 'preact/hooks';
import { flushQueued, type Outbox, type SendState, sendRecord, storedRecord } from './outbox.ts';

/** How often a record that is still waiting is sent again while the page is open. */
const RETRY_MS = 5000;

export interface OutboxHandle<T> {
  /** The record's state: what the browser kept from an earlier visit, then what the last attempt gave. */
  state: SendState;
  /** True from the learner's send until its first attempt has an answer. */
  sending: boolean;
  send: (record: T) => Promise<void>;
}

/**
 * Sends one record through an outbox and keeps trying while the page is open: on the `online` event and
 * every few seconds, since `online` may come before the network works again, or not at all (a VPN, a
 * captive portal). A record the browser cannot keep either is held by this page only (`unsaved`) and
 * tried again the same way. Without an endpoint (the raffle's mailto mode) nothing is sent or retried.
 */
export function useOutbox<T>(outbox: Partial<Outbox> & Pick<Outbox, 'storageKey'>): OutboxHandle<T> {
  const [state, setState] = useState<SendState>(() => storedRecord(outbox.storageKey)?.state ?? 'none');
  const [sending, setSending] = useState(false);
  /** The record this page holds when the browser could not keep it. */
  const unsaved = useRef<T | undefined>(undefined);
  /** True while an attempt is on its way, so two never overlap. */
  const retrying = useRef(false);

  function settle(next: SendState): void {
    if (next !== 'unsaved') unsaved.current = undefined;
    setSending(false);
    setState(next);
  }

  useEffect(() => {
    const { endpoint, storageKey } = outbox;
    if (!endpoint) return;
    const target = { endpoint, storageKey };
    const pending = () => !!unsaved.current || storedRecord(storageKey)?.state === 'queued';
    const retry = () => {
      if (retrying.current || !pending()) return;
      retrying.current = true;
      void (unsaved.current ? sendRecord(target, unsaved.current) : flushQueued(target)).then((next) => {
        retrying.current = false;
        settle(next);
      });
    };
    retry();
    addEventListener('online', retry);
    const timer = setInterval(retry, RETRY_MS);
    return () => {
      removeEventListener('online', retry);
      clearInterval(timer);
    };
  }, [outbox.endpoint, outbox.storageKey]);

  const send = async (record: T): Promise<void> => {
    if (!outbox.endpoint) return;
    setSending(true);
    unsaved.current = record;
    retrying.current = true;
    const next = await sendRecord({ endpoint: outbox.endpoint, storageKey: outbox.storageKey }, record);
    retrying.current = false;
    settle(next);
  };

  return { state, sending, send };
}
