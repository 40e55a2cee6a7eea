// What other features use of the prompt lab: the start-up offer to delete scratch copies an earlier run left.
export { LeftoverCopiesBanner } from './LeftoverCopiesBanner';
