import { useEffect, useState } from 'react';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';

/** Full screen on request; absent where the browser cannot (iPhone Safari has no Fullscreen API for pages). */
export function FullscreenButton() {
  const lang = useLang();
  const [full, setFull] = useState(() => document.fullscreenElement != null);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement != null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (document.fullscreenEnabled !== true) return null;
  const toggle = () =>
    void (full ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined);
  return (
    <button type="button" aria-pressed={full} onClick={toggle}>
      {m.present_fullscreen({}, { locale: lang })}
    </button>
  );
}
