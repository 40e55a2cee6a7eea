import { vi } from 'vitest';

/** jsdom does not lay out; cmdk measures its list and scrolls the selected item into view. */
export const stubLayoutForCmdk = () => {
  Element.prototype.scrollIntoView = vi.fn();
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe = vi.fn();
      unobserve = vi.fn();
      disconnect = vi.fn();
    },
  );
};
