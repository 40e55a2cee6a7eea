import { useId, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<T extends string> {
  id: T;
  label: ReactNode;
  testId?: string;
}

interface TabListProps<T extends string> {
  tabs: readonly TabItem<T>[];
  selected: T;
  onSelect(id: T): void;
  /** What the tabs choose between, for screen readers. */
  label: string;
  className?: string;
  tabClassName?: string;
}

/** The ids that tie a tab list to its one panel: `<div role="tabpanel" {...tabPanelProps(ids, selected)}>`. */
export const useTabIds = () => {
  const base = useId();
  return { tab: (id: string) => `${base}-tab-${id}`, panel: `${base}-panel` };
};
export type TabIds = ReturnType<typeof useTabIds>;
export const tabPanelProps = (ids: TabIds, selected: string) => ({
  role: 'tabpanel' as const,
  id: ids.panel,
  'aria-labelledby': ids.tab(selected),
});

const NEXT: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * WAI-ARIA's tabs: one tab stop (the selected tab), arrows, Home and End move to another tab and select it, and
 * the tab list has a name.
 */
export const TabList = <T extends string>({
  tabs,
  selected,
  onSelect,
  label,
  ids,
  className,
  tabClassName,
}: TabListProps<T> & { ids: TabIds }) => {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = NEXT[event.key];
    const index = tabs.findIndex((tab) => tab.id === selected);
    const next = step ? tabs[step(index, tabs.length)] : undefined;
    if (!next) return;
    event.preventDefault();
    onSelect(next.id);
    document.getElementById(ids.tab(next.id))?.focus();
  };
  return (
    <div className={className} role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={ids.tab(tab.id)}
          aria-selected={tab.id === selected}
          aria-controls={ids.panel}
          tabIndex={tab.id === selected ? 0 : -1}
          className={tabClassName}
          data-testid={tab.testId}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
};
