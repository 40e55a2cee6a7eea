import type { ReactNode } from 'react';
import { PlaygroundInspector, useInspectorCommands } from './PlaygroundInspector';
import './inspector.css';

/**
 * The playground's content with the inspector docked on the right. The content stays mounted while the
 * inspector opens and closes, so transcripts keep their scroll position.
 */
export const InspectorLayout = ({ children }: { children: ReactNode }) => {
  useInspectorCommands();
  return (
    <div className="inspector-layout">
      <div className="inspector-layout__main">{children}</div>
      <PlaygroundInspector />
    </div>
  );
};
