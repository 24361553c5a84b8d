import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** Where a collapsible section remembers being closed: the agent's layout, no case data. */
const collapsedKey = (id: string) => `returndesk.section-collapsed.${id}`;

function storedCollapsed(id: string): boolean {
  try {
    return globalThis.localStorage?.getItem(collapsedKey(id)) === '1';
  } catch {
    return false;
  }
}

/**
 * A titled region of the panel; the heading labels it for screen readers and heading navigation. A collapsible
 * section keeps its one-line summary beside the heading, so a closed section still says how things stand.
 */
export function PanelSection({
  id,
  title,
  summary,
  collapsible = false,
  children,
}: {
  id: string;
  title: string;
  /** One line, shown beside the heading ("5 of 7 · 2 to retake"). */
  summary?: string | null;
  collapsible?: boolean;
  children: ComponentChildren;
}) {
  const headingId = `section-${id}`;
  const bodyId = `section-${id}-body`;
  const [collapsed, setCollapsed] = useState(() => collapsible && storedCollapsed(id));
  const toggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    try {
      globalThis.localStorage?.setItem(collapsedKey(id), next ? '1' : '0');
    } catch {
      // Not remembered: the section still opens and closes.
    }
  };
  return (
    <section aria-labelledby={headingId} class={`panel-section${collapsed ? ' is-collapsed' : ''}`} id={id}>
      <div class="panel-section__head">
        <h2 id={headingId} tabIndex={-1}>
          {collapsible ? (
            <button type="button" class="panel-section__toggle" aria-expanded={!collapsed} aria-controls={bodyId} onClick={toggle}>
              {title}
            </button>
          ) : (
            title
          )}
        </h2>
        {summary && <span class="panel-section__summary">{summary}</span>}
      </div>
      <div id={bodyId} hidden={collapsed}>
        {children}
      </div>
    </section>
  );
}
