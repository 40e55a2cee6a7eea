import { describe, expect, it } from 'vitest';
import { collectFunctionCalls } from './collectFunctionCalls';

const call = (name: string) => ({ name, arguments: {}, result: null });

describe('collectFunctionCalls', () => {
  it('lists every call in message order with its message, place and turn', () => {
    const history = [
      { role: 'assistant', content: 'Hello', functionCalls: [call('greet')] },
      { role: 'user', content: 'Where is my order?', functionCalls: [] },
      { role: 'assistant', content: 'Let me look.', functionCalls: [call('track_order'), call('notify')] },
      { role: 'user', content: 'Thanks', functionCalls: [] },
      { role: 'assistant', content: 'You are welcome', functionCalls: [call('close')] },
    ];
    expect(
      collectFunctionCalls(history).map(({ call: { name }, messageIndex, position, turn }) => [
        name,
        messageIndex,
        position,
        turn,
      ]),
    ).toEqual([
      ['greet', 0, 0, 0],
      ['track_order', 2, 0, 1],
      ['notify', 2, 1, 1],
      ['close', 4, 0, 2],
    ]);
  });

  it('cuts a long message to an excerpt that ends in an ellipsis', () => {
    const long = `${'word '.repeat(40)}end`;
    const [collected] = collectFunctionCalls([
      { role: 'assistant', content: long, functionCalls: [call('x')] },
    ]);
    expect(collected?.excerpt.length).toBe(80);
    expect(collected?.excerpt.endsWith('…')).toBe(true);
    expect(collected?.message.content).toBe(long);
  });
});
