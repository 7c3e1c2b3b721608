import { useEffect, useState } from 'react';

/**
 * False for a component's first commit, true from a task later: heavy parts mounted then are built in a task of
 * their own instead of lengthening the one that mounts the component (a slow phone cannot respond during it).
 */
export function useNextTask(): boolean {
  const [reached, setReached] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setReached(true), 0);
    return () => window.clearTimeout(timer);
  }, []);
  return reached;
}
