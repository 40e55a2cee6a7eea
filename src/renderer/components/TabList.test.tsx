import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TabList, tabPanelProps, useTabIds } from './TabList';

type View = 'calls' | 'compare' | 'http';

const Tabs = () => {
  const [selected, setSelected] = useState<View>('calls');
  const ids = useTabIds();
  return (
    <>
      <button type="button">before</button>
      <TabList<View>
        label="Inspector views"
        ids={ids}
        selected={selected}
        onSelect={setSelected}
        tabs={[
          { id: 'calls', label: 'Function calls' },
          { id: 'compare', label: 'Compare' },
          { id: 'http', label: 'HTTP' },
        ]}
      />
      <div {...tabPanelProps(ids, selected)}>{selected} panel</div>
    </>
  );
};

describe('tabs with the keyboard', () => {
  it('is one tab stop; arrows, Home and End select and focus another tab, wrapping around', async () => {
    render(<Tabs />);
    const user = userEvent.setup();
    expect(screen.getByRole('tablist', { name: 'Inspector views' })).toBeTruthy();
    screen.getByRole('button', { name: 'before' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Function calls' }));

    await user.keyboard('{ArrowRight}');
    const compare = screen.getByRole('tab', { name: 'Compare' });
    expect(document.activeElement).toBe(compare);
    expect(compare.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Compare' }).textContent).toBe('compare panel');

    await user.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'HTTP' }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Function calls' }));
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'HTTP' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Function calls' }).getAttribute('aria-selected')).toBe('true');

    // Tab leaves the tab list for the panel's content, not the next tab.
    expect(screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0)).toHaveLength(1);
  });
});
