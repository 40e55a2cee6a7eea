// What other features use of the variables.
export { parseVariablesJson } from './variablesJson';
export { VariableEditor } from './VariableEditor';
