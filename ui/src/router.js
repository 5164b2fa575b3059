// Hash routing (#/providers …): the server serves one index.html, and a reload keeps the page.
import { useEffect, useState } from 'preact/hooks';

export function currentRoute() {
  const m = /^#\/([a-z-]+)/.exec(window.location.hash);
  return m ? m[1] : '';
}

export function useRoute() {
  const [route, setRoute] = useState(currentRoute());
  useEffect(() => {
    const update = () => setRoute(currentRoute());
    window.addEventListener('hashchange', update);
    // The hash may have changed between the first render and this effect (a fast click, a test
    // navigating right after sign-in): that event was missed, so read the hash once more.
    update();
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
