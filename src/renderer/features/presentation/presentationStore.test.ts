import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../stores/appStore';
import { useUiStore } from '../../stores/uiStore';
import { session } from '../../testing/sessionsTestKit';
import { pane } from '../../testing/panesTestKit';
import { usePresentationStore } from './presentationStore';

const sent: { paneIds: string[]; text: string }[] = [];
const script = {
  id: 'r1',
  name: 'Booking',
  createdAt: '2026-12-07T10:00:00.000Z',
  source: 'Pane 1',
  assistant: { id: 1, uuid: 'u', name: 'Lena' },
  variables: {},
  messages: ['Inspektion bitte', 'Golf, Dienstag'],
};

beforeEach(() => {
  sent.length = 0;
  usePresentationStore.setState({ presenting: true, step: null });
  useUiStore.setState({ focusedPaneId: 'p2' });
  useAppStore.setState({
    sessions: {
      ...useAppStore.getState().sessions,
      current: {
        ...session('s', 'Demo'),
        panes: [pane('p1', []), pane('p2', []), pane('p3', [])],
        replayScripts: [script],
      },
    },
    runtime: {},
    sendToPanes: async (paneIds: string[], text: string) => void sent.push({ paneIds, text }),
  });
});

describe('stepping a script while presenting', () => {
  it('sends one message per step to the focused pane, in order, and stops at the end', () => {
    usePresentationStore.getState().chooseScript('r1');
    expect(usePresentationStore.getState().next()).toBe(true);
    expect(usePresentationStore.getState().next()).toBe(true);
    expect(usePresentationStore.getState().next()).toBe(false);
    expect(sent).toEqual([
      { paneIds: ['p2'], text: 'Inspektion bitte' },
      { paneIds: ['p2'], text: 'Golf, Dienstag' },
    ]);
    expect(usePresentationStore.getState().step).toEqual({ scriptId: 'r1', next: 2 });
  });

  it('does not send while the pane still waits for its answer, so a double press sends once', () => {
    usePresentationStore.getState().chooseScript('r1');
    usePresentationStore.getState().next();
    useAppStore.setState({
      runtime: { p2: { inFlight: { text: 'Inspektion bitte', startedAt: 0 }, failure: null } },
    });
    expect(usePresentationStore.getState().next()).toBe(false);
    expect(sent).toHaveLength(1);
    expect(usePresentationStore.getState().step?.next).toBe(1);
  });

  it('goes to the first pane when the focused one is not among the two shown', () => {
    useUiStore.setState({ focusedPaneId: 'p3' });
    usePresentationStore.getState().chooseScript('r1');
    usePresentationStore.getState().next();
    expect(sent[0]?.paneIds).toEqual(['p1']);
  });
});
