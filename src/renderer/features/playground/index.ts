// What other features use of the playground.
export { addPaneAndFocus } from './addPaneAndFocus';
export { DuplicateIcon } from './DuplicateIcon';
