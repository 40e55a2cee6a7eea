import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { JsonView, collapseAllNested, type AriaLabels } from 'react-json-view-lite';
import type { FunctionCall } from '../../../shared/domain/famulor';

// The package's StyleProps type is not exported; the component's own props name it.
type TreeStyle = NonNullable<ComponentProps<typeof JsonView>['style']>;

const treeStyle = (labels: AriaLabels): TreeStyle => ({
  container: 'call-json',
  basicChildStyle: 'call-json__child',
  label: 'call-json__label',
  clickableLabel: 'call-json__label call-json__label--clickable',
  nullValue: 'call-json__null',
  undefinedValue: 'call-json__null',
  numberValue: 'call-json__number',
  stringValue: 'call-json__string',
  booleanValue: 'call-json__boolean',
  otherValue: 'call-json__other',
  punctuation: 'call-json__punctuation',
  expandIcon: 'call-json__icon call-json__icon--expand',
  collapseIcon: 'call-json__icon call-json__icon--collapse',
  collapsedContent: 'call-json__collapsed',
  childFieldsContainer: 'call-json__fields',
  ariaLables: labels,
  stringifyStringValues: true,
});

/** A function call's arguments and result as one collapsible tree (nested levels start folded). */
export const CallJson = ({ call, testId }: { call: FunctionCall; testId?: string }) => {
  const { t } = useTranslation();
  return (
    <div className="call-json__frame" data-testid={testId}>
      <JsonView
        data={{ arguments: call.arguments, result: call.result }}
        shouldExpandNode={(level) => level < 2 || collapseAllNested(level)}
        clickToExpandNode
        style={treeStyle({ collapseJson: t('threads.json.collapse'), expandJson: t('threads.json.expand') })}
      />
    </div>
  );
};
