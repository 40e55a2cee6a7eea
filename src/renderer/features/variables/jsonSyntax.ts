/**
 * Finds where a JSON text first goes wrong. JSON.parse says *that* it failed, but engines disagree on whether
 * and how they name the position ("… at position 17", "(line 2 column 5)", or nothing at all for a bad literal),
 * so the editor walks the text itself to point at the exact character.
 */
export interface SyntaxFault {
  offset: number;
  expected: string;
}

class Fault extends Error {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {
    super(expected);
  }
}

const WHITESPACE = /[ \t\n\r]/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const FIRST_PRINTABLE = 0x20;

export const findSyntaxFault = (text: string): SyntaxFault | null => {
  let index = 0;
  const skip = () => {
    while (index < text.length && WHITESPACE.test(text.charAt(index))) index += 1;
  };
  const expect = (char: string) => {
    if (text.charAt(index) !== char) throw new Fault(index, `"${char}"`);
    index += 1;
  };
  const sticky = (pattern: RegExp, expected: string) => {
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match || match[0] === '') throw new Fault(index, expected);
    index += match[0].length;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const char = text.charAt(index);
      if (char === '"') return void (index += 1);
      if (char === '' || char.charCodeAt(0) < FIRST_PRINTABLE) throw new Fault(index, 'the closing quote');
      if (char === '\\') sticky(ESCAPE, 'an escape sequence');
      else index += 1;
    }
  };
  const list = (close: string, item: () => void) => {
    index += 1;
    skip();
    if (text.charAt(index) === close) return void (index += 1);
    for (;;) {
      item();
      skip();
      if (text.charAt(index) === close) return void (index += 1);
      if (text.charAt(index) !== ',') throw new Fault(index, `"," or "${close}"`);
      index += 1;
      skip();
    }
  };
  const value = (): void => {
    skip();
    const char = text.charAt(index);
    if (char === '{') {
      return list('}', () => {
        string();
        skip();
        expect(':');
        value();
      });
    }
    if (char === '[') return list(']', value);
    if (char === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, index)) return void (index += literal.length);
    }
    sticky(NUMBER, 'a value');
  };
  try {
    value();
    skip();
    if (index < text.length) throw new Fault(index, 'the end of the text');
    return null;
  } catch (error) {
    if (error instanceof Fault) return { offset: error.offset, expected: error.expected };
    throw error;
  }
};
