// What other features use of the test suites: saving a conversation as a test, and running a suite on other
// assistants (the prompt lab's scratch copies).
export { SaveAsTestButton } from './SaveAsTestButton';
export { useTestsStore } from './testsStore';
