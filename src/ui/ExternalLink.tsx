import type { ReactNode } from 'react';

/** Links out only over https, in a new tab that cannot reach back into the app. Anything else renders as text. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!href.startsWith('https://')) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
