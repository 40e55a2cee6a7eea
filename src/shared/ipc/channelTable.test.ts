import { describe, expect, it } from 'vitest';
import { channelTable, inputLimitOf } from './channelTable';
import { channelNames, contract, eventNames } from './contract';

describe('the channel table the build copies from the contract', () => {
  it('names every channel with its input limit and every event, as the contract does', () => {
    expect(Object.keys(channelTable.inputLimits).sort()).toEqual([...channelNames].sort());
    for (const name of channelNames)
      expect(channelTable.inputLimits[name]).toBe(contract[name].maxInputBytes);
    expect([...channelTable.events].sort()).toEqual([...eventNames].sort());
  });

  it('knows no channel the contract lacks, not even one inherited from Object', () => {
    expect(inputLimitOf('sessions:import')).toBe(contract['sessions:import'].maxInputBytes);
    expect(inputLimitOf('shell:run')).toBeUndefined();
    expect(inputLimitOf('toString')).toBeUndefined();
    expect(inputLimitOf('__proto__')).toBeUndefined();
  });
});
