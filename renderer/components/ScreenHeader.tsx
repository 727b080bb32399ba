// The title block every screen starts with: heading, one-line introduction, and optional actions on the right.
import type { ReactNode } from 'react';

export function ScreenHeader({ title, intro, children }: { title: string; intro?: string; children?: ReactNode }) {
  return (
    <header className="screen-head">
      <div>
        <h1>{title}</h1>
        {intro && <p className="muted">{intro}</p>}
      </div>
      {children}
    </header>
  );
}
