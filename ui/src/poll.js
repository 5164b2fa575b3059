// Loads data now and again every `ms` while the tab is visible: a hidden tab makes no calls,
// and coming back refreshes at once.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export function usePoll(load, ms) {
  const [data, setData] = useState(undefined);
  const [error, setError] = useState(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const busy = useRef(false);
  const again = useRef(false);
  const refresh = useCallback(async () => {
    // One call at a time: a slow gateway must not pile up overlapping polls; a refresh asked for
    // meanwhile (after a change) runs once the current one ends, so it never shows stale data.
    if (busy.current) {
      again.current = true;
      return;
    }
    busy.current = true;
    try {
      setData(await loadRef.current());
      setError(null);
    } catch (e) {
      setError(e);
    } finally {
      busy.current = false;
      if (again.current) {
        again.current = false;
        refresh();
      }
    }
  }, []);
  useEffect(() => {
    let timer = null;
    const start = () => {
      if (timer === null && !document.hidden) timer = setInterval(refresh, ms);
    };
    const stop = () => {
      clearInterval(timer);
      timer = null;
    };
    const onVisibility = () => {
      if (document.hidden) stop();
      else {
        refresh();
        start();
      }
    };
    refresh();
    start();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [ms]);
  return { data, error, refresh };
}
