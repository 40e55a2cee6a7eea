import { JsonView, type AriaLabels, type Props as JsonViewProps } from 'react-json-view-lite';
import { useTranslation } from 'react-i18next';
import type { JsonValue } from '../../shared/domain/famulor';
import './jsonTree.css';

/** Class names styled in jsonTree.css from the theme variables, so trees follow light and dark. */
const treeStyle = (labels: AriaLabels): NonNullable<JsonViewProps['style']> => ({
  container: 'json-tree',
  basicChildStyle: 'json-tree__child',
  label: 'json-tree__label',
  clickableLabel: 'json-tree__label json-tree__label--clickable',
  nullValue: 'json-tree__null',
  undefinedValue: 'json-tree__null',
  numberValue: 'json-tree__number',
  stringValue: 'json-tree__string',
  booleanValue: 'json-tree__boolean',
  otherValue: 'json-tree__other',
  punctuation: 'json-tree__punctuation',
  expandIcon: 'json-tree__icon json-tree__icon--expand',
  collapseIcon: 'json-tree__icon json-tree__icon--collapse',
  collapsedContent: 'json-tree__collapsed',
  childFieldsContainer: 'json-tree__fields',
  ariaLables: labels,
  stringifyStringValues: true,
});

interface JsonTreeProps {
  value: JsonValue | undefined;
  /** How many levels are open at first: 1, the top one (the default); Infinity for small values shown whole. */
  openLevels?: number;
  /** On the tree's frame (a thread's calls put theirs in a scrolling box). */
  className?: string;
  testId?: string;
}

/**
 * The app's one JSON tree (the playground's inspector and the threads' calls): collapsible, folded below
 * `openLevels`; scalars are shown inline since the tree only renders objects and arrays.
 */
export const JsonTree = ({ value, openLevels = 1, className, testId }: JsonTreeProps) => {
  const { t } = useTranslation();
  if (value === undefined) return <span className="json-tree json-tree__null">—</span>;
  if (value === null || typeof value !== 'object') {
    return (
      <code className="json-tree json-tree__scalar" data-testid={testId}>
        {JSON.stringify(value)}
      </code>
    );
  }
  return (
    <div className={className} data-testid={testId}>
      <JsonView
        data={value}
        shouldExpandNode={(level) => level < openLevels}
        clickToExpandNode
        style={treeStyle({
          collapseJson: t('jsonTree.collapse'),
          expandJson: t('jsonTree.expand'),
        })}
      />
    </div>
  );
};
