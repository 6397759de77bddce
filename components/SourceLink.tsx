import type { ReactNode } from 'react';

/** Sources open in a new tab, without giving the page a handle back to the extension. */
export function SourceLink({ href, children }: { href: string; children: ReactNode }) {
  // Only web links: a stored report could carry any string as a URL.
  if (!/^https?:\/\//i.test(href)) return <span className="source">{children}</span>;
  return (
    <a className="source" href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

export function Unconfirmed() {
  return (
    <span className="tag tag--unconfirmed" title="The sources disagree or do not settle this yet">
      unconfirmed
    </span>
  );
}
