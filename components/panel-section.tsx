import type { ComponentChildren } from 'preact';

/** A titled region of the panel; the heading labels it for screen readers and heading navigation. */
export function PanelSection({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  const headingId = `section-${id}`;
  return (
    <section aria-labelledby={headingId} class="panel-section" id={id}>
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
