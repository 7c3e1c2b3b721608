import { useState, type ReactNode } from 'react';

interface Props {
  className: string;
  summary: ReactNode;
  /** The content, built only while open: called on each render of an open disclosure. */
  children: () => ReactNode;
}

/**
 * A <details> whose content is built only while it is open. Closed, its content is neither seen nor read, and a
 * filter change would otherwise redraw it unseen (a long list or table is much of a change's work).
 */
export function Disclosure({ className, summary, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
