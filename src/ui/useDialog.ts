import { useEffect, useRef, type RefObject } from 'react';

interface Dialog<T extends HTMLElement> {
  /** Put on the dialog's heading (tabIndex={-1}): focus lands there when the dialog opens. */
  headingRef: RefObject<T | null>;
  /** What had focus when the dialog opened (the button that opened it), or null. */
  openerRef: RefObject<HTMLElement | null>;
}

/**
 * A side panel that behaves as a dialog (issue 16): opening moves focus to its heading, closing returns focus to what
 * opened it, and Escape closes it. The key is heard on document and marked handled, so a listener on window (the
 * presenter's Escape, which leaves presenting) can tell that Escape was spent on the dialog.
 */
export function useDialog<T extends HTMLElement>(onClose: () => void): Dialog<T> {
  const headingRef = useRef<T>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    openerRef.current = opener;
    headingRef.current?.focus();
    return () => {
      // Only if focus was inside the dialog (or lost with it): a reader who moved on keeps their place.
      const active = document.activeElement;
      if (opener?.isConnected === true && (active === null || active === document.body || !active.isConnected))
        opener.focus();
    };
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
  return { headingRef, openerRef };
}
