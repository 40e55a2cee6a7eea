// What other features use of the test suites: saving a conversation as a test.
export { SaveAsTestButton } from './SaveAsTestButton';
